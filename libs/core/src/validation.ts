import { DomainError } from './domain-error';

/** Small checks that services run on plain input; each failure names the field. */
export const EMAIL_PATTERN = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\]+$/;
// Control characters other than tab and newline have no place in names and titles.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function requireText(field: string, value: string, options: { max: number; min?: number; multiline?: boolean }): string {
  const trimmed = value.normalize('NFC').trim();
  const min = options.min ?? 1;
  if (trimmed.length < min) throw DomainError.badInput(field, min === 1 ? 'must not be empty' : `must be at least ${min} characters`);
  if (trimmed.length > options.max) throw DomainError.badInput(field, `must be at most ${options.max} characters`);
  if (CONTROL.test(trimmed) || (!options.multiline && /[\r\n]/.test(trimmed))) {
    throw DomainError.badInput(field, 'must not contain control characters');
  }
  return trimmed;
}

export function optionalText(field: string, value: string | null | undefined, options: { max: number; multiline?: boolean }): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return requireText(field, value, options);
}

export function normalizeEmail(field: string, value: string): string {
  const email = value.trim().toLowerCase();
  if (email.length > 254 || email.indexOf('@') > 64 || !EMAIL_PATTERN.test(email) || CONTROL.test(email)) {
    throw DomainError.badInput(field, 'must be a valid e-mail address');
  }
  return email;
}

export function optionalHttpUrl(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const raw = value.trim();
  if (raw.length > 2000) throw DomainError.badInput(field, 'must be at most 2000 characters');
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw DomainError.badInput(field, 'must be an http or https URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw DomainError.badInput(field, 'must be an http or https URL');
  return parsed.toString();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name a row, so it is refused before any query. */
export function requireId(field: string, value: string): string {
  if (!UUID.test(value)) throw DomainError.badInput(field, 'must be a valid id');
  return value.toLowerCase();
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

const UTC_INSTANT = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d{1,6})?Z$/;

/**
 * Whether `value` is a real instant written `YYYY-MM-DDTHH:MM:SS[.ffffff]Z` (years 1–9999, every
 * field in range): what cursors carry, checked before PostgreSQL sees it.
 */
export function isUtcInstant(value: string): boolean {
  const match = UTC_INSTANT.exec(value);
  if (!match) return false;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  const date = new Date(0); // (not Date.UTC, which reads years 0–99 as 1900–1999)
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s);
  return (
    y >= 1 &&
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    date.getUTCHours() === h &&
    date.getUTCMinutes() === mi &&
    date.getUTCSeconds() === s
  );
}

/**
 * Free tags (sectors, services): trimmed, single spaces, lower-case, duplicates dropped; at most
 * `max` of 1–`maxLength` characters each.
 */
export function normalizeTags(field: string, values: readonly string[], options: { max: number; maxLength: number }): string[] {
  if (values.length > options.max) throw DomainError.badInput(field, `must list at most ${options.max} entries`);
  const out = new Set<string>();
  for (const raw of values) {
    const tag = raw.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
    if (tag.length === 0) continue;
    if (tag.length > options.maxLength) throw DomainError.badInput(field, `each entry must be at most ${options.maxLength} characters`);
    requireText(field, tag, { max: options.maxLength });
    out.add(tag);
  }
  return [...out];
}

/** A position on the map: both coordinates, finite, latitude within ±90 and longitude within ±180. */
export function optionalGeoPoint(
  field: string,
  value: { latitude: number; longitude: number } | null | undefined,
): { latitude: number; longitude: number } | null {
  if (value === null || value === undefined) return null;
  const { latitude, longitude } = value;
  if (typeof latitude !== 'number' || !Number.isFinite(latitude) || latitude < -90 || latitude > 90) {
    throw DomainError.badInput(`${field}.latitude`, 'must be a number from -90 to 90');
  }
  if (typeof longitude !== 'number' || !Number.isFinite(longitude) || longitude < -180 || longitude > 180) {
    throw DomainError.badInput(`${field}.longitude`, 'must be a number from -180 to 180');
  }
  return { latitude, longitude };
}
