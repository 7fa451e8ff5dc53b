import type { CombinedError } from '@urql/core';
import type { MessageKey } from './i18n/messages.vi';

/** What went wrong with a request, in terms a page can say to a person. */
export interface ApiProblem {
  kind: 'network' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'INTERNAL';
  /** For BAD_USER_INPUT: the argument or input field at fault, when the server named it. */
  field?: string;
  /** For TOO_MANY_REQUESTS: seconds to wait. */
  retryAfterSeconds?: number;
  /** The server's own message (English), kept for details. */
  detail?: string;
}

const KNOWN = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'TOO_MANY_REQUESTS']);

export function problemOf(error: CombinedError | undefined | null): ApiProblem | null {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  if (!first) return { kind: 'network', detail: error.networkError?.message };
  const code = String(first.extensions?.code ?? '');
  const kind = (KNOWN.has(code) ? code : 'INTERNAL') as ApiProblem['kind'];
  const field = typeof first.extensions?.field === 'string' ? first.extensions.field : undefined;
  const retryAfter = Number(first.extensions?.retryAfter);
  return {
    kind,
    ...(field ? { field: lastSegment(field) } : {}),
    ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterSeconds: Math.ceil(retryAfter) } : {}),
    detail: first.message,
  };
}

/** "input.title" → "title": forms label their fields by the last name. */
function lastSegment(field: string): string {
  const parts = field.split('.');
  return parts[parts.length - 1] ?? field;
}

/** The catalogue key of the sentence that tells a person what happened. */
export function problemMessageKey(problem: ApiProblem): MessageKey {
  switch (problem.kind) {
    case 'network':
      return 'error.network';
    case 'UNAUTHENTICATED':
      return 'error.unauthenticated';
    case 'FORBIDDEN':
      return 'error.forbidden';
    case 'NOT_FOUND':
      return 'error.notFound';
    case 'BAD_USER_INPUT':
      return problem.field ? 'error.badInputField' : 'error.badInput';
    case 'CONFLICT':
      return 'error.conflict';
    case 'TOO_MANY_REQUESTS':
      return problem.retryAfterSeconds ? 'error.tooManyRequestsRetry' : 'error.tooManyRequests';
    default:
      return 'error.internal';
  }
}

/** Minutes to wait, rounded up, for "try again in N minutes". */
export function retryMinutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}
