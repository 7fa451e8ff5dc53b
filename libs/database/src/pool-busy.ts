import { DomainError } from '@app/core';

/** pg-pool's words when no connection came free within `connectionTimeoutMillis`. */
const ACQUIRE_TIMEOUT = 'timeout exceeded when trying to connect';

/** Seconds a caller refused for a busy pool is asked to wait. */
export const BUSY_RETRY_AFTER_SECONDS = 1;

/**
 * A request that waited longer than the acquire timeout for a pooled connection (a burst of
 * requests, each holding a connection for a transaction) is refused as TOO_MANY_REQUESTS with a
 * Retry-After, not answered as an internal error: nothing was changed, and trying again works.
 * Null for any other error.
 */
export function poolBusyError(error: unknown): DomainError | null {
  if (!(error instanceof Error) || error.message !== ACQUIRE_TIMEOUT) return null;
  return DomainError.tooManyRequests('The server is busy; please try again in a moment', BUSY_RETRY_AFTER_SECONDS);
}
