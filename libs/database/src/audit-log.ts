import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, DomainError, hasRole, isUuid } from '@app/core';

export interface AuditEntry {
  actorId: string | null;
  /** e.g. member.role, issue.hide, issue.status, meetup.cancel, minutes.publish, assignment.create */
  action: string;
  targetType: string;
  targetId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  at?: Date;
}

export interface AuditRecord extends Required<Omit<AuditEntry, 'at'>> {
  id: string;
  at: Date;
}

/** Records an organizer or admin action in the caller's transaction: it is there exactly when the change is. */
export async function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.query(
    'INSERT INTO audit_log (actor_id, action, target_type, target_id, before, after, at) VALUES ($1, $2, $3, $4, $5, $6, coalesce($7, now()))',
    [
      entry.actorId,
      entry.action,
      entry.targetType,
      entry.targetId,
      entry.before ? JSON.stringify(entry.before) : null,
      entry.after ? JSON.stringify(entry.after) : null,
      entry.at ?? null,
    ],
  );
}

/** The audit log, newest first. Admins only. */
@Injectable()
export class AuditLogReader {
  constructor(private readonly dataSource: DataSource) {}

  async latest(
    actor: Actor,
    limit: number,
    filter: { targetType?: string | null; targetId?: string | null; actorId?: string | null } = {},
  ): Promise<AuditRecord[]> {
    if (!hasRole(actor.role, 'ADMIN')) throw DomainError.forbidden('Only admins can read the audit log');
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw DomainError.badInput('first', 'must be from 1 to 500');
    if (filter.actorId && !isUuid(filter.actorId)) throw DomainError.badInput('actorId', 'must be a valid id');
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT * FROM audit_log WHERE ($1::text IS NULL OR target_type = $1) AND ($2::text IS NULL OR target_id = $2) AND ($3::uuid IS NULL OR actor_id = $3)
       ORDER BY at DESC, id DESC LIMIT $4`,
      [filter.targetType ?? null, filter.targetId ?? null, filter.actorId ?? null, limit],
    );
    return rows.map((r) => ({
      id: String(r.id),
      actorId: (r.actor_id as string) ?? null,
      action: r.action as string,
      targetType: r.target_type as string,
      targetId: r.target_id as string,
      before: (r.before as Record<string, unknown>) ?? null,
      after: (r.after as Record<string, unknown>) ?? null,
      at: r.at as Date,
    }));
  }
}
