import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DynamicModule, Module } from '@nestjs/common';
import pino, { DestinationStream } from 'pino';
import { pinoHttp } from 'pino-http';
import type { AppConfig } from '@app/config';
import { PinoLoggerService } from '@app/core';

export { PinoLoggerService };

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** The request-id middleware (`req.id`, `X-Request-Id`); at info, pino-http writing one access line per request. */
export const HTTP_LOGGER = Symbol('HTTP_LOGGER');

/**
 * JSON logs (pino) with a request id per HTTP request, echoed as `X-Request-Id`.
 *
 * The request id is on the access-log line, not carried into service messages: carrying it
 * needs AsyncLocalStorage, whose promise hooks cost this api about 30 % of its CPU on Node.js 20
 * (docs/BENCHMARKS.md).
 */
@Module({})
export class LoggingModule {
  /** `destination`: where the lines go (standard output by default; tests read them). */
  static forRoot(config: AppConfig, destination?: DestinationStream): DynamicModule {
    const root = pino({ level: config.logLevel, base: { pid: process.pid } }, destination);
    const requestId = (req: IncomingMessage, res: ServerResponse): string => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    };
    // Access lines are written at info; below that level only the request id is needed, and the
    // per-request logger pino-http builds would be made for nothing (~1.5 % of a request's CPU).
    const httpLogger: RequestHandler = root.isLevelEnabled('info')
      ? pinoHttp({
          logger: root,
          genReqId: requestId,
          // Tokens travel in headers and URLs: keep them out of the logs.
          redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              url: req.url.replace(/(\/(?:calendar\/members|unsubscribe|rsvp-links)\/)[^/?.]+/i, '$1[token]'),
            }),
          },
          autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
        })
      : (req, res, next) => {
          (req as IncomingMessage & { id: string }).id = requestId(req, res);
          next();
        };
    return {
      module: LoggingModule,
      global: true,
      providers: [
        { provide: PinoLoggerService, useValue: new PinoLoggerService(root) },
        { provide: HTTP_LOGGER, useValue: httpLogger },
      ],
      exports: [PinoLoggerService, HTTP_LOGGER],
    };
  }
}

/** The request-id (and, at info, access-log) middleware. */
export type HttpLogger = RequestHandler;
type RequestHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
