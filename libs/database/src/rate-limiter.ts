import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, DomainError } from '@app/core';

export interface RateLimitRule {
  /** What is counted, e.g. `sign-in:address:ana@example.org`. */
  key: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters kept in PostgreSQL, so that every api process shares them.
 * One upsert per rule: concurrent requests cannot both take the last slot.
 */
@Injectable()
export class RateLimiter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Counts one hit against every rule; throws TOO_MANY_REQUESTS when any is over its limit. */
  async hit(rules: RateLimitRule[], message: string): Promise<void> {
    const now = this.clock.now().getTime();
    let retryAfter = 0;
    for (const rule of rules) {
      const windowMs = rule.windowSeconds * 1000;
      const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
      const rows: { hits: number }[] = await this.dataSource.query(
        `INSERT INTO rate_limit_counters (key, window_start, hits, expires_at) VALUES ($1, $2, 1, $3)
         ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1
         RETURNING hits`,
        [rule.key, windowStart, new Date(windowStart.getTime() + windowMs)],
      );
      if (rows[0].hits > rule.limit) {
        retryAfter = Math.max(retryAfter, Math.ceil((windowStart.getTime() + windowMs - now) / 1000));
      }
    }
    if (retryAfter > 0) throw DomainError.tooManyRequests(message, retryAfter);
  }

  /**
   * Counts `cost` against the rule when it fits in what is left of the window, in one statement
   * (concurrent callers cannot both take the last units); otherwise counts nothing and throws
   * TOO_MANY_REQUESTS with the seconds until the window ends. For work admitted or refused whole
   * (a GraphQL document's mutations): refused work costs nothing.
   */
  async take(rule: RateLimitRule, cost: number, message: string): Promise<void> {
    if (cost <= 0) return;
    const now = this.clock.now().getTime();
    const windowMs = rule.windowSeconds * 1000;
    const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
    const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now) / 1000));
    if (cost > rule.limit) throw DomainError.tooManyRequests(message, retryAfter);
    const rows: { hits: number }[] = await this.dataSource.query(
      `INSERT INTO rate_limit_counters (key, window_start, hits, expires_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_counters.hits + EXCLUDED.hits
       WHERE rate_limit_counters.hits + EXCLUDED.hits <= $5
       RETURNING hits`,
      [rule.key, windowStart, cost, new Date(windowStart.getTime() + windowMs), rule.limit],
    );
    if (rows.length === 0) throw DomainError.tooManyRequests(message, retryAfter);
  }

  /** Drops counters whose window has passed. */
  async prune(): Promise<number> {
    const result: [unknown, number] = await this.dataSource.query('DELETE FROM rate_limit_counters WHERE expires_at < $1', [this.clock.now()]);
    return result[1];
  }
}

/** Forgets the hits counted under `key` (an address that no longer exists). */
export async function clearRateLimit(db: EntityManager, key: string): Promise<void> {
  await db.query('DELETE FROM rate_limit_counters WHERE key = $1', [key]);
}
