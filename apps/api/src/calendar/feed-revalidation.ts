import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';

interface Answered {
  etag: string;
  /** The 304's headers as node:http's flat [name, value, …] list, made once. */
  headers: string[];
  at: number;
}

const MAX_REMEMBERED = 5000;
const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * Calendar apps poll their subscriptions, which makes a conditional GET of a feed the api's most
 * frequent request. For FEED_REVALIDATE_SECONDS after this process answered a feed, a request
 * with a matching If-None-Match gets its 304 here, in front of Nest and express and without the
 * database (`createApiApp` puts `tryAnswer` before them).
 *
 * Private feeds too: a 304 carries nothing the caller does not already hold, so a replaced
 * token's old URL can at most be told "unchanged" until the window ends; its first request
 * without a matching ETag — any 200 — checks the database, and is refused.
 */
@Injectable()
export class FeedRevalidation {
  private readonly answered = new Map<string, Answered>();
  private readonly windowMs: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.windowMs = config.feedRevalidateSeconds * 1000;
  }

  /** Records the answer just given for the feed at `path` (its ETag and the headers a 304 repeats). */
  remember(path: string, etag: string, headers: Record<string, string>): void {
    if (this.windowMs === 0) return;
    this.answered.delete(path);
    if (this.answered.size >= MAX_REMEMBERED) this.answered.delete(this.answered.keys().next().value as string);
    this.answered.set(path, { etag, headers: Object.entries({ ...headers, ETag: etag }).flat(), at: Date.now() });
  }

  /** Answers 304 when the caller's If-None-Match names what this process answered a moment ago; otherwise false. */
  tryAnswer(req: IncomingMessage, res: ServerResponse): boolean {
    const ifNoneMatch = req.headers['if-none-match'];
    if (this.windowMs === 0 || !ifNoneMatch || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    const url = req.url ?? '';
    if (!url.startsWith('/calendar/')) return false;
    const query = url.indexOf('?');
    const path = query < 0 ? url : url.slice(0, query);
    const answered = this.answered.get(path);
    if (!answered) return false;
    if (Date.now() - answered.at > this.windowMs) {
      this.answered.delete(path);
      return false;
    }
    if (!ifNoneMatch.split(',').some((tag) => tag.trim() === answered.etag || tag.trim() === '*')) return false;
    const given = req.headers['x-request-id'];
    res.writeHead(304, [...answered.headers, 'X-Request-Id', typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID()]);
    res.end();
    return true;
  }
}
