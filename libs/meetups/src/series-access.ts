import { EntityManager } from 'typeorm';
import { Actor, DomainError, hasRole } from '@app/core';

/**
 * Who may change a series and its dates: admins, and organizers listed on that series.
 * Members never.
 */
export async function assertCanManageSeries(manager: EntityManager, actor: Actor, seriesId: string): Promise<void> {
  if (hasRole(actor.role, 'ADMIN')) return;
  if (!hasRole(actor.role, 'ORGANIZER')) throw DomainError.forbidden('Only organizers can manage meetups');
  const rows: unknown[] = await manager.query('SELECT 1 FROM meetup_series_organizers WHERE series_id = $1 AND member_id = $2', [seriesId, actor.memberId]);
  if (rows.length === 0) throw DomainError.forbidden('Only the organizers of this series can manage it');
}

/** Members-only series are hidden from anonymous callers. */
export function visibleVisibilities(viewer: Actor | null): string[] {
  return viewer ? ['PUBLIC', 'MEMBERS'] : ['PUBLIC'];
}
