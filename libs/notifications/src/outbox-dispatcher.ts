import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '@app/core';
import { OutgoingMail } from '@app/mail';
import { DeliveryService } from './delivery.service';
import { ConsultationResponseComposer } from './consultation-response.composer';
import { FollowUpMailComposer } from './follow-up-mail.composer';
import { MeetupChangeComposer } from './meetup-change.composer';
import { MinutesMailComposer } from './minutes-mail.composer';
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

/**
 * Relays the outbox to e-mail. Each message is taken with FOR UPDATE SKIP LOCKED, so several
 * workers share the work, and delivered through DeliveryService under the key `outbox:<id>`,
 * so a retry or a second worker never sends it twice. Failures wait with backoff.
 */
@Injectable()
export class OutboxDispatcher {
  private readonly logger = new Logger(OutboxDispatcher.name);
  private readonly composers: Map<string, OutboxComposer>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: DeliveryService,
    private readonly clock: Clock,
    rsvpMail: RsvpMailComposer,
    minutesMail: MinutesMailComposer,
    meetupChanges: MeetupChangeComposer,
    followUps: FollowUpMailComposer,
    consultationResponses: ConsultationResponseComposer,
  ) {
    this.composers = new Map([rsvpMail, minutesMail, meetupChanges, followUps, consultationResponses].flatMap((composer) => composer.kinds.map((kind) => [kind, composer] as const)));
  }

  /** Delivers up to `limit` due messages; returns how many were settled (sent, skipped or failed for good). */
  async dispatchPending(limit = 100): Promise<number> {
    let settled = 0;
    let tried = 0;
    const kinds = [...this.composers.keys()];
    while (tried < limit) {
      const outcome = await this.dispatchOne(kinds);
      if (outcome === 'empty') break;
      tried++;
      if (outcome === 'settled') settled++;
    }
    return settled;
  }

  private async dispatchOne(kinds: string[]): Promise<'settled' | 'retry' | 'empty'> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: OutboxRow[] = await manager.query(
        `SELECT id, kind, member_id, payload, attempts FROM outbox
         WHERE processed_at IS NULL AND failed_at IS NULL AND kind = ANY($1) AND (next_attempt_at IS NULL OR next_attempt_at <= $2)
         ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [kinds, this.clock.now()],
      );
      if (!row) return 'empty';
      const composer = this.composers.get(row.kind)!;
      const now = this.clock.now();
      let outcome;
      try {
        outcome = await this.deliveries.deliverOnce({
          key: `outbox:${row.id}`,
          memberId: row.member_id,
          kind: row.kind,
          meetupId: typeof row.payload.meetupId === 'string' ? row.payload.meetupId : null,
          compose: (deliveryManager) => composer.compose(deliveryManager, row),
        });
      } catch (error) {
        // A message that cannot even be composed waits (and finally fails) instead of blocking the rest.
        const attempts = row.attempts + 1;
        await manager.query('UPDATE outbox SET attempts = $2::int, last_error = $3, next_attempt_at = $4, failed_at = $5 WHERE id = $1', [
          row.id,
          attempts,
          (error as Error).message.slice(0, 1000),
          new Date(now.getTime() + Math.min(2 ** attempts * 30_000, 6 * 3600_000)),
          attempts >= 8 ? now : null,
        ]);
        this.logger.error(`outbox ${row.id} (${row.kind}) could not be delivered: ${(error as Error).message}`);
        return 'retry';
      }
      if (outcome === 'RETRY_LATER') {
        const [delivery] = await manager.query('SELECT attempts, last_error, next_attempt_at FROM deliveries WHERE key = $1', [`outbox:${row.id}`]);
        await manager.query('UPDATE outbox SET attempts = $2::int, last_error = $3, next_attempt_at = $4 WHERE id = $1', [
          row.id,
          delivery.attempts,
          delivery.last_error,
          delivery.next_attempt_at,
        ]);
        return 'retry';
      }
      if (outcome === 'FAILED') {
        const [delivery] = await manager.query('SELECT attempts, last_error FROM deliveries WHERE key = $1', [`outbox:${row.id}`]);
        await manager.query('UPDATE outbox SET failed_at = $2, attempts = $3::int, last_error = $4 WHERE id = $1', [row.id, now, delivery.attempts, delivery.last_error]);
        this.logger.warn(`outbox ${row.id} (${row.kind}) failed for good: ${delivery.last_error}`);
        return 'settled';
      }
      await manager.query('UPDATE outbox SET processed_at = $2, attempts = attempts + 1 WHERE id = $1', [row.id, now]);
      return 'settled';
    });
  }
}
