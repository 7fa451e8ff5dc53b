import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { NestFactory } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { requestQueries } from '@app/database';
import { ApiModule, ApiModuleOptions } from './api.module';
import { FeedRevalidation } from './calendar/feed-revalidation';
import { HTTP_LOGGER, HttpLogger, PinoLoggerService } from './logging.module';

/**
 * A body the parser refuses (too large, malformed JSON) is answered like any other bad input:
 * a GraphQL-shaped error with BAD_USER_INPUT and the HTTP status the parser chose.
 */
function bodyErrors(error: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction): void {
  if (!error || typeof error.status !== 'number' || error.status >= 500) return next(error);
  const message =
    error.type === 'entity.too.large' ? 'The request body is too large (at most 256 kB); shorten the text fields' : 'The request body is not valid JSON';
  res.status(error.status).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
}

/**
 * No page of ours may be framed (clickjacking), except the embed made for other sites
 * (`/embed/…`, which sets `frame-ancestors *` itself). The web app's pages replace this policy
 * with their whole one, which also says `frame-ancestors 'none'`.
 */
function refuseFrames(req: Request, res: Response, next: NextFunction): void {
  if (!req.path.startsWith('/embed/')) {
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
  }
  next();
}

/**
 * Conditional requests for a calendar feed answered a moment ago get their 304 before express
 * (and Nest, the logger, the database) sees them: see FeedRevalidation.
 */
function answerFeedRevalidationsFirst(app: NestExpressApplication): void {
  const revalidation = app.get(FeedRevalidation);
  const server = app.getHttpServer() as Server;
  const handlers = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (revalidation.tryAnswer(req, res)) return;
    for (const handle of handlers) handle(req, res);
  });
}

/** The api as an unstarted Nest application: shared by `main.ts` and the e2e tests. */
export async function createApiApp(options: ApiModuleOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(options), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(PinoLoggerService));
  // What was buffered while the app was built goes out now; otherwise Nest holds every message
  // until `listen`, which an app driven without listening (the e2e tests) never calls.
  app.flushLogs();
  app.use(app.get<HttpLogger>(HTTP_LOGGER));
  // GraphQL documents and variables are small; a large body is refused before parsing.
  app.useBodyParser('json', { limit: '256kb' });
  app.useBodyParser('urlencoded', { limit: '64kb', extended: false });
  app.use(bodyErrors);
  app.use(refuseFrames);
  if (options.config.countQueries) {
    app.use((req: Request, res: Response, next: NextFunction) => {
      const store = { count: 0 };
      const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response;
      res.writeHead = ((...args: unknown[]) => {
        if (!res.headersSent) res.setHeader('X-Query-Count', String(store.count));
        return writeHead(...args);
      }) as typeof res.writeHead;
      requestQueries.run(store, next);
    });
  }
  answerFeedRevalidationsFirst(app);
  // The client address sign-in limits count per client: see TRUST_PROXY.
  app.set('trust proxy', options.config.trustProxy);
  app.disable('x-powered-by');
  // No hashing of every GraphQL answer for a weak ETag nobody revalidates; feeds set their own.
  app.set('etag', false);
  return app;
}
