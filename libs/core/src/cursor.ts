import { DomainError } from './domain-error';

/** A page cursor: the sort key of the last item, as base64url JSON (opaque to clients). */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/**
 * What `encodeCursor` wrapped, if `check` accepts it; anything else — not base64url JSON, or
 * not what this query's cursors hold — is BAD_USER_INPUT naming `after`.
 */
export function decodeCursor<T>(cursor: string, check: (value: unknown) => value is T): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (!check(value)) throw DomainError.badInput('after', 'is not a cursor returned by this query');
  return value;
}
