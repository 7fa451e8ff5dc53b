import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '@app/core';
import { OutboxKind, OutboxRow, markOutboxAttempt, markOutboxProcessed, takeDueOutboxMessage } from '@app/database';
import { OutgoingMail } from '@app/mail';
import { DeliveryService } from './delivery.service';
import { AffiliationMailComposer } from './affiliation-mail.composer';
import { ConsultationResponseComposer } from './consultation-response.composer';
import { FollowUpMailComposer } from './follow-up-mail.composer';
import { MeetupChangeComposer } from './meetup-change.composer';
import { MinutesMailComposer } from './minutes-mail.composer';
import { RsvpMailComposer } from './rsvp-mail.composer';

export type { OutboxRow } from '@app/database';

/** Turns one outbox message into an e-mail, or null when there is nothing to send (any more). */
export interface OutboxComposer<K extends OutboxKind = OutboxKind> {
  readonly kinds: readonly K[];
  compose(manager: EntityManager, row: Extract<OutboxRow, { kind: K }>): Promise<OutgoingMail | null>;
}

/**
 * Relays the outbox to e-mail. Each message is taken with FOR UPDATE SKIP LOCKED, so several
 * workers share the work, and delivered through DeliveryService under the key `outbox:<id>`,
 * so a retry or a second worker never sends it twice. Failures wait with backoff.
 */
@Injectable()
export class OutboxDispatcher {
  private readonly logger = new Logger(OutboxDispatcher.name);
  private readonly composers: Map<OutboxKind, OutboxComposer>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: DeliveryService,
    private readonly clock: Clock,
    rsvpMail: RsvpMailComposer,
    minutesMail: MinutesMailComposer,
    meetupChanges: MeetupChangeComposer,
    followUps: FollowUpMailComposer,
    consultationResponses: ConsultationResponseComposer,
    affiliationMail: AffiliationMailComposer,
  ) {
    const all = [rsvpMail, minutesMail, meetupChanges, followUps, consultationResponses, affiliationMail] as OutboxComposer[];
    this.composers = new Map(all.flatMap((composer) => composer.kinds.map((kind) => [kind, composer] as const)));
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

  private async dispatchOne(kinds: OutboxKind[]): Promise<'settled' | 'retry' | 'empty'> {
    return this.dataSource.transaction(async (manager) => {
      const row = await takeDueOutboxMessage(manager, kinds, this.clock.now());
      if (!row) return 'empty';
      const composer = this.composers.get(row.kind)!;
      const now = this.clock.now();
      let outcome;
      try {
        outcome = await this.deliveries.deliverOnce({
          key: `outbox:${row.id}`,
          memberId: row.member_id,
          kind: row.kind,
          meetupId: 'meetupId' in row.payload ? row.payload.meetupId : null,
          compose: (deliveryManager) => composer.compose(deliveryManager, row),
        });
      } catch (error) {
        // A message that cannot even be composed waits (and finally fails) instead of blocking the rest.
        const attempts = row.attempts + 1;
        await markOutboxAttempt(manager, row.id, {
          attempts,
          lastError: (error as Error).message.slice(0, 1000),
          nextAttemptAt: new Date(now.getTime() + Math.min(2 ** attempts * 30_000, 6 * 3600_000)),
          failedAt: attempts >= 8 ? now : null,
        });
        this.logger.error(`outbox ${row.id} (${row.kind}) could not be delivered: ${(error as Error).message}`);
        return 'retry';
      }
      if (outcome === 'RETRY_LATER') {
        const delivery = await this.deliveries.attemptOf(manager, `outbox:${row.id}`);
        await markOutboxAttempt(manager, row.id, { attempts: delivery.attempts, lastError: delivery.lastError, nextAttemptAt: delivery.nextAttemptAt });
        return 'retry';
      }
      if (outcome === 'FAILED') {
        const delivery = await this.deliveries.attemptOf(manager, `outbox:${row.id}`);
        await markOutboxAttempt(manager, row.id, { attempts: delivery.attempts, lastError: delivery.lastError, failedAt: now });
        this.logger.warn(`outbox ${row.id} (${row.kind}) failed for good: ${delivery.lastError}`);
        return 'settled';
      }
      await markOutboxProcessed(manager, row.id, now);
      return 'settled';
    });
  }
}
