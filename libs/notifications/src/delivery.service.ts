import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '@app/core';
import { MailTransport, OutgoingMail } from '@app/mail';

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
      await manager.query(`INSERT INTO deliveries (key, member_id, kind, meetup_id, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (key) DO NOTHING`, [
        request.key,
        request.memberId,
        request.kind,
        request.meetupId ?? null,
        now,
      ]);
      const [delivery] = await manager.query('SELECT id, status, attempts, next_attempt_at FROM deliveries WHERE key = $1 FOR UPDATE', [request.key]);
      if (delivery.status === 'SENT' || delivery.status === 'SKIPPED') return 'ALREADY_DONE';
      if (delivery.status === 'FAILED') return 'FAILED';
      if (delivery.next_attempt_at && delivery.next_attempt_at > now) return 'RETRY_LATER';

      const mail = await request.compose(manager);
      if (!mail) {
        await manager.query(`UPDATE deliveries SET status = 'SKIPPED' WHERE id = $1`, [delivery.id]);
        return 'SKIPPED';
      }
      try {
        const sent = await this.mail.send({ ...mail, headers: { ...mail.headers, 'X-Delivery-Key': request.key } });
        await manager.query(`UPDATE deliveries SET status = 'SENT', sent_at = $2, message_id = $3, attempts = attempts + 1 WHERE id = $1`, [
          delivery.id,
          this.clock.now(),
          sent.messageId,
        ]);
        return 'SENT';
      } catch (error) {
        const attempts = delivery.attempts + 1;
        const code = Number((error as { responseCode?: number }).responseCode ?? 0);
        const permanent = code >= 500 && code < 600;
        const failed = permanent || attempts >= MAX_ATTEMPTS;
        const message = (error as Error).message.slice(0, 1000);
        await manager.query(`UPDATE deliveries SET attempts = $2::int, last_error = $3, status = $4, next_attempt_at = $5 WHERE id = $1`, [
          delivery.id,
          attempts,
          message,
          failed ? 'FAILED' : 'PENDING',
          new Date(this.clock.now().getTime() + Math.min(2 ** attempts * 30_000, 6 * 3600_000)),
        ]);
        this.logger.warn(`delivery ${request.key} attempt ${attempts} ${failed ? 'failed for good' : 'failed; will retry'}: ${message}`);
        return failed ? 'FAILED' : 'RETRY_LATER';
      }
    });
  }

  /** Deliveries for organizers to check: of a meetup or of a member, newest first. */
  /** How a delivery's attempts stand (the outbox message it came from follows them). */
  async attemptOf(manager: EntityManager, key: string): Promise<{ attempts: number; lastError: string | null; nextAttemptAt: Date | null }> {
    const [row] = await manager.query('SELECT attempts, last_error, next_attempt_at FROM deliveries WHERE key = $1', [key]);
    return { attempts: row.attempts, lastError: row.last_error ?? null, nextAttemptAt: row.next_attempt_at ?? null };
  }

  async list(filter: { meetupId?: string | null; memberId?: string | null }, limit = 200): Promise<DeliveryRecord[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT id, key, member_id, kind, meetup_id, status, attempts, last_error, created_at, sent_at FROM deliveries
       WHERE ($1::uuid IS NULL OR meetup_id = $1) AND ($2::uuid IS NULL OR member_id = $2)
       ORDER BY created_at DESC, id LIMIT $3`,
      [filter.meetupId ?? null, filter.memberId ?? null, limit],
    );
    return rows.map((r) => ({
      id: r.id as string,
      key: r.key as string,
      memberId: (r.member_id as string) ?? null,
      kind: r.kind as string,
      meetupId: (r.meetup_id as string) ?? null,
      status: r.status as DeliveryRecord['status'],
      attempts: r.attempts as number,
      lastError: (r.last_error as string) ?? null,
      createdAt: r.created_at as Date,
      sentAt: (r.sent_at as Date) ?? null,
    }));
  }
}

export interface DeliveryRecord {
  id: string;
  key: string;
  memberId: string | null;
  kind: string;
  meetupId: string | null;
  status: 'PENDING' | 'SENT' | 'FAILED' | 'SKIPPED';
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}
