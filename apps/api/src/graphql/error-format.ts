import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, ErrorCode } from '@app/core';
import { poolBusyError } from '@app/database';

const logger = new Logger('GraphQL');

/** The codes of docs/API.md ("Errors"); anything else becomes INTERNAL_SERVER_ERROR. */
const PUBLIC_CODES = new Set<string>([...Object.values(ErrorCode), 'INTERNAL_SERVER_ERROR']);

/** Apollo's own codes for requests that never reached a resolver. */
const REQUEST_ERROR_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_USER_INPUT,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_USER_INPUT,
  BAD_USER_INPUT: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_USER_INPUT,
};

/**
 * The one place where errors become GraphQL errors: domain errors keep their code and message,
 * request errors (syntax, unknown fields, wrong variable types) become BAD_USER_INPUT, and
 * anything unexpected is logged with its stack and answered without details.
 *
 * Logging: a refused request is the caller's mistake, not ours, so it is one line at info with
 * its code and message and no stack; error level (with the stack) is kept for what is broken
 * on our side, so that a real failure does not drown in other people's typos.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const answer = toPublicError(formatted, error);
  const code = String(answer.extensions?.code);
  if (code !== 'INTERNAL_SERVER_ERROR') {
    logger.log({
      code,
      ...(answer.extensions?.field ? { field: answer.extensions.field } : {}),
      path: answer.path?.join('.'),
      msg: answer.message.slice(0, 300),
    });
  }
  return answer;
}

function toPublicError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error);
  // A plugin refusing the request before execution wraps its DomainError in a GraphQLError.
  const wrapped = unwrapped instanceof GraphQLError && unwrapped.originalError instanceof DomainError ? unwrapped.originalError : unwrapped;
  // No pooled connection came free in time (a burst): TOO_MANY_REQUESTS with Retry-After.
  const original = poolBusyError(wrapped) ?? wrapped;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: original.code,
        ...(original.details.field ? { field: original.details.field } : {}),
        ...(original.details.retryAfterSeconds ? { retryAfter: original.details.retryAfterSeconds } : {}),
      },
    };
  }

  const code = String(formatted.extensions?.code ?? '');
  const requestCode = REQUEST_ERROR_CODES[code];
  if (requestCode) return { ...base, extensions: { code: requestCode } };
  if (code === ErrorCode.TOO_MANY_REQUESTS) return { ...base, extensions: { code, retryAfter: formatted.extensions?.retryAfter } };
  if (PUBLIC_CODES.has(code) && code !== 'INTERNAL_SERVER_ERROR') return { ...base, extensions: { code } };

  // A GraphQLError without an original error and without a code is a request problem that
  // graphql-js found (e.g. a variable of the wrong type).
  if (error instanceof GraphQLError && !error.originalError && !code) {
    return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }

  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
