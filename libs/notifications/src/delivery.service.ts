import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Clock, DomainError, hasRole, requireId } from '@app/core';
import { assertCanManageSeries, findMeetup } from '@app/meetups';
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

/** An e-mail to send, and what to record once the SMTP server has taken it (in the delivery's transaction). */
export type ComposedMail = OutgoingMail & { afterSend?: (manager: EntityManager) => Promise<void> };

export interface DeliveryRequest {
  /** member + kind + subject: the same key is delivered once, whoever asks and however often. */
  key: string;
  memberId: string | null;
  kind: string;
  meetupId?: string | null;
  /** Builds the e-mail inside the delivery's transaction; null when there is nothing to send (any more). */
  compose(manager: EntityManager): Promise<ComposedMail | null>;
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

      const composed = await request.compose(manager);
      if (!composed) {
        await markDeliverySkipped(manager, delivery.id);
        return 'SKIPPED';
      }
      const { afterSend, ...mail } = composed;
      try {
        const sent = await this.mail.send({ ...mail, headers: { ...mail.headers, 'X-Delivery-Key': request.key } });
        await markDeliverySent(manager, delivery.id, this.clock.now(), sent.messageId);
        await afterSend?.(manager);
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

  /**
   * Deliveries to check, newest first, by the delivery policy: the mail of a meetup (optionally
   * to one member) for the managers of its series (admins, and the organizers listed on it); all
   * of one member's mail for admins only. They name members and carry their addresses' fate.
   */
  async listFor(actor: Actor, filter: { meetupId?: string | null; memberId?: string | null }, limit = 200): Promise<DeliveryRecord[]> {
    const meetupId = filter.meetupId ? requireId('meetupId', filter.meetupId) : null;
    const memberId = filter.memberId ? requireId('memberId', filter.memberId) : null;
    if (!meetupId && !memberId) throw DomainError.badInput('meetupId', 'give a meetupId or a memberId');
    if (meetupId) {
      const meetup = await findMeetup(this.dataSource.manager, meetupId);
      if (!meetup) throw DomainError.notFound('Meetup', meetupId);
      await assertCanManageSeries(this.dataSource.manager, actor, meetup.seriesId);
    } else if (!hasRole(actor.role, 'ADMIN')) {
      throw DomainError.forbidden("Only admins can list a member's mail across meetups; organizers choose a meetup of their series");
    }
    return listDeliveries(this.dataSource.manager, { meetupId, memberId }, limit);
  }
}

export type { DeliveryRecord } from './deliveries.repository';
