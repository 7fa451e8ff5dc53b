import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Clock } from '@app/core';
import { MailTransport, OutgoingMail } from '@app/mail';
import { RsvpMailComposer } from './rsvp-mail.composer';

export interface OutboxRow {
  id: string;
  kind: string;
  member_id: string | null;
  payload: Record<string, unknown>;
  attempts: number;
}

/** Turns one outbox message into an e-mail, or null when there is nothing to send (any more). */
export interface OutboxComposer {
  readonly kinds: readonly string[];
  compose(manager: EntityManager, row: OutboxRow): Promise<OutgoingMail | null>;
}

const MAX_ATTEMPTS = 8;

/**
 * Delivers outbox messages. Each is taken with FOR UPDATE SKIP LOCKED in its own transaction,
 * so several workers share the work and never take the same message at once; a failed send is
 * retried with exponential backoff and, after 8 attempts, recorded as failed with its reason.
 */
@Injectable()
export class OutboxDispatcher {
  private readonly logger = new Logger(OutboxDispatcher.name);
  private readonly composers: Map<string, OutboxComposer>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailTransport,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    rsvpMail: RsvpMailComposer,
  ) {
    this.composers = new Map([rsvpMail].flatMap((composer) => composer.kinds.map((kind) => [kind, composer] as const)));
  }

  /** Delivers up to `limit` due messages; returns how many were handled (sent or skipped). */
  async dispatchPending(limit = 100): Promise<number> {
    let handled = 0;
    const kinds = [...this.composers.keys()];
    while (handled < limit) {
      const outcome = await this.dispatchOne(kinds);
      if (outcome === 'empty') break;
      if (outcome === 'handled') handled++;
    }
    return handled;
  }

  private async dispatchOne(kinds: string[]): Promise<'handled' | 'failed' | 'empty'> {
    let taken: OutboxRow | null = null;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [row]: OutboxRow[] = await manager.query(
          `SELECT id, kind, member_id, payload, attempts FROM outbox
           WHERE processed_at IS NULL AND failed_at IS NULL AND kind = ANY($1) AND (next_attempt_at IS NULL OR next_attempt_at <= $2)
           ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [kinds, this.clock.now()],
        );
        if (!row) return 'empty';
        taken = row;
        const mail = await this.composers.get(row.kind)!.compose(manager, row);
        if (mail) await this.mail.send(mail);
        await manager.query('UPDATE outbox SET processed_at = $2, attempts = attempts + 1 WHERE id = $1', [row.id, this.clock.now()]);
        return 'handled';
      });
    } catch (error) {
      if (!taken) throw error;
      const row: OutboxRow = taken;
      const message = (error as Error).message.slice(0, 1000);
      const attempts = row.attempts + 1;
      const delayMs = Math.min(2 ** attempts * 30_000, 6 * 3600_000);
      await this.dataSource.query(
        `UPDATE outbox SET attempts = $2::int, last_error = $3, next_attempt_at = $4, failed_at = CASE WHEN $2::int >= $5::int THEN $6::timestamptz END WHERE id = $1`,
        [row.id, attempts, message, new Date(this.clock.now().getTime() + delayMs), MAX_ATTEMPTS, this.clock.now()],
      );
      this.logger.warn(`outbox ${row.id} (${row.kind}) attempt ${attempts} failed: ${message}`);
      return 'failed';
    }
  }
}
