import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '@app/core';
import { MailTransport, OutgoingMail } from '@app/mail';
import {
  DeliveryRecord,
  claimDelivery,
  deliveryAttemptOf,
  listDeliveries,
  markDeliveryAttempt,
  markDeliverySent,
  markDeliverySkipped,
} from './deliveries.repository';

export type DeliveryOutcome = 'SENT' | 'SKIPPED' | 'ALREADY_DONE' | 'RETRY_LATER' | 'FAILED';

export interface DeliveryRequest {
  /** member + kind + subject: the same key is delivered once, whoever asks and however often. */
  key: string;
  memberId: string | null;
  kind: string;
  meetupId?: string | null;
  /** Builds the e-mail inside the delivery's transaction; null when there is nothing to send (any more). */
  compose(manager: EntityManager): Promise<OutgoingMail | null>;
}

const MAX_ATTEMPTS = 8;

/**
 * Exactly-once e-mail. A delivery row with a unique key is written before sending and locked
 * while the message goes out; a second worker (or a retry, or a restart) waits for the lock and
 * then finds the delivery SENT. SMTP failures are retried with exponential backoff; a permanent
 * refusal (5xx) or 8 failures end as FAILED with the reason.
 *
 * The one window left: a crash after the SMTP server accepted the message and before the SENT
 * row commits sends it again on the retry. No SMTP client can close that window.
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger(DeliveryService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailTransport,
    private readonly clock: Clock,
  ) {}

  async deliverOnce(request: DeliveryRequest): Promise<DeliveryOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const delivery = await claimDelivery(
        manager,
        { key: request.key, memberId: request.memberId, kind: request.kind, meetupId: request.meetupId ?? null },
        now,
      );
      if (delivery.status === 'SENT' || delivery.status === 'SKIPPED') return 'ALREADY_DONE';
      if (delivery.status === 'FAILED') return 'FAILED';
      if (delivery.next_attempt_at && delivery.next_attempt_at > now) return 'RETRY_LATER';

      const mail = await request.compose(manager);
      if (!mail) {
        await markDeliverySkipped(manager, delivery.id);
        return 'SKIPPED';
      }
      try {
        const sent = await this.mail.send({ ...mail, headers: { ...mail.headers, 'X-Delivery-Key': request.key } });
        await markDeliverySent(manager, delivery.id, this.clock.now(), sent.messageId);
        return 'SENT';
      } catch (error) {
        const attempts = delivery.attempts + 1;
        const code = Number((error as { responseCode?: number }).responseCode ?? 0);
        const permanent = code >= 500 && code < 600;
        const failed = permanent || attempts >= MAX_ATTEMPTS;
        const message = (error as Error).message.slice(0, 1000);
        await markDeliveryAttempt(manager, delivery.id, {
          attempts,
          lastError: message,
          status: failed ? 'FAILED' : 'PENDING',
          nextAttemptAt: new Date(this.clock.now().getTime() + Math.min(2 ** attempts * 30_000, 6 * 3600_000)),
        });
        this.logger.warn(`delivery ${request.key} attempt ${attempts} ${failed ? 'failed for good' : 'failed; will retry'}: ${message}`);
        return failed ? 'FAILED' : 'RETRY_LATER';
      }
    });
  }

  /** How a delivery's attempts stand (the outbox message it came from follows them). */
  attemptOf(manager: EntityManager, key: string): Promise<{ attempts: number; lastError: string | null; nextAttemptAt: Date | null }> {
    return deliveryAttemptOf(manager, key);
  }

  /** Deliveries for organizers to check: of a meetup or of a member, newest first. */
  list(filter: { meetupId?: string | null; memberId?: string | null }, limit = 200): Promise<DeliveryRecord[]> {
    return listDeliveries(this.dataSource.manager, filter, limit);
  }
}

export type { DeliveryRecord } from './deliveries.repository';
