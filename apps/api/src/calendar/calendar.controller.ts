import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import type { Request, Response } from 'express';
import { CalendarFeedsService, Feed, buildCalendar } from '@app/calendar';
import { FeedCache } from './feed-cache';
import { FeedRevalidation } from './feed-revalidation';

/**
 * The iCalendar routes of docs/API.md. Every feed answers text/calendar with a strong ETag from its
 * bytes and Last-Modified from its data, honours If-None-Match / If-Modified-Since (304) and
 * HEAD, and 404 for unknown ids and tokens.
 */
@Controller('calendar')
export class CalendarController {
  private readonly cache: FeedCache;

  constructor(
    private readonly feeds: CalendarFeedsService,
    private readonly revalidation: FeedRevalidation,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.cache = new FeedCache(config.feedCacheEntries);
  }

  @Get('meetups.ics')
  async all(@Req() req: Request, @Res() res: Response): Promise<void> {
    await this.answer(req, res, await this.feeds.allPublicMeetups(), 'public');
  }

  @Get('series/:file')
  async series(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.answer(req, res, await this.feeds.seriesFeed(idOf(file)), 'public');
  }

  @Get('meetups/:file')
  async meetup(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.answer(req, res, await this.feeds.singleMeetupFeed(idOf(file)), 'public');
  }

  @Get('members/:file')
  async member(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.answer(req, res, await this.feeds.memberFeed(idOf(file)), 'private');
  }

  @Get('organizations/:file')
  async organization(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.answer(req, res, await this.feeds.organizationFeed(idOf(file)), 'public');
  }

  private async answer(req: Request, res: Response, feed: Feed | null, audience: 'public' | 'private'): Promise<void> {
    if (!feed) {
      res.status(404).type('text/plain; charset=utf-8').send('Not found');
      return;
    }
    // An unchanged feed (same fingerprint) is not built again; a 304 needs only the fingerprint.
    let built = this.cache.get(feed.fingerprint);
    if (!built) {
      const document = await feed.build();
      // A feed also changes when an event leaves it or an older one joins: its Last-Modified is
      // the moment this version was first built, never earlier than its newest event.
      const lastModified = new Date(Math.max(Date.now(), ...document.events.map((e) => e.lastModified.getTime())));
      built = this.cache.set(feed.fingerprint, buildCalendar(document), lastModified);
    }
    const headers = {
      'Last-Modified': built.lastModified.toUTCString(),
      'Cache-Control': `${audience}, max-age=300`,
      ...(audience === 'private' ? { 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex' } : {}),
    };
    res.set({ 'Content-Type': 'text/calendar; charset=utf-8', ETag: built.etag, ...headers });
    // Conditional requests for this version are answered in front of express for a while.
    this.revalidation.remember(req.path, built.etag, headers);
    if (conditionalMatches(req, built)) {
      res.status(304).end();
      return;
    }
    res.status(200).send(built.body);
  }
}

/** `:file` is `<id>.ics`; anything else names nothing. */
function idOf(file: string): string {
  return file.endsWith('.ics') ? file.slice(0, -4) : '';
}

function conditionalMatches(req: Request, built: { etag: string; lastModified: Date }): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch) return ifNoneMatch.split(',').some((tag) => tag.trim() === built.etag || tag.trim() === '*');
  const since = req.headers['if-modified-since'];
  if (since) {
    const time = Date.parse(since);
    return !Number.isNaN(time) && Math.floor(built.lastModified.getTime() / 1000) <= Math.floor(time / 1000);
  }
  return false;
}
