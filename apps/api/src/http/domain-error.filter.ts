import { ArgumentsHost, Catch, HttpStatus, NotFoundException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Request, Response } from 'express';
import { DomainError, ErrorCode } from '@app/core';
import { poolBusyError } from '@app/database';
import { LinkPreviews } from '../web/link-previews';
import { WebAppPages } from '../web/web-app-pages';

/** The one place where domain errors become HTTP statuses (GraphQL has its own in error-format.ts). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.TOO_MANY_REQUESTS]: HttpStatus.TOO_MANY_REQUESTS,
};

/**
 * Every error a resolver, guard or controller throws, in one place. Nest's default handler logs
 * each error it sees at error level with its stack, refused requests included; here:
 * - in GraphQL, the error goes back to Apollo untouched, and `formatGraphqlError` maps it and
 *   logs it once (info for a refusal, error with the stack for a failure);
 * - over HTTP, a domain error becomes its status and a JSON body (the access log has the line);
 *   a path no route knows, asked for by a browser, gets the app's page with status 404 (the app
 *   says "page not found" in the member's language); anything else is Nest's default (a 500,
 *   logged with its stack; Nest's JSON 404 for an unknown path asked for by a program).
 */
@Catch()
export class ApiExceptionFilter extends BaseExceptionFilter {
  constructor(
    private readonly pages: WebAppPages,
    private readonly previews: LinkPreviews,
  ) {
    super();
  }

  override catch(thrown: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return thrown;
    // No pooled connection came free in time: 429 with Retry-After, like any refusal.
    const error = poolBusyError(thrown) ?? thrown;
    if (host.getType() === 'http' && error instanceof NotFoundException) {
      const req = host.switchToHttp().getRequest<Request>();
      if ((req.method === 'GET' || req.method === 'HEAD') && req.accepts(['json', 'html']) === 'html') {
        this.pages.send(host.switchToHttp().getResponse<Response>(), this.previews.site(req.path), this.previews.siteName, 404);
        return undefined;
      }
    }
    if (host.getType() !== 'http' || !(error instanceof DomainError)) return super.catch(error, host);
    const res = host.switchToHttp().getResponse<Response>();
    if (error.details.retryAfterSeconds) res.setHeader('Retry-After', String(error.details.retryAfterSeconds));
    res.status(HTTP_STATUS[error.code]).json({ error: { code: error.code, message: error.message } });
    return undefined;
  }
}
