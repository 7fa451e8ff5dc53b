import { EntityManager } from 'typeorm';
import { Actor, DomainError, hasRole } from '@app/core';

/**
 * The visibility policy of meetups, decided here once: a series and everything under it (its
 * dates, their agendas, venues and online links, published minutes and decisions) is seen by
 * anyone when the series is PUBLIC and by signed-in members when it is MEMBERS. Managing a
 * series, and seeing what only its managers see (draft minutes, the check-in code, the
 * attendee list, the mail sent for its dates), belongs to admins and the organizers listed on it.
 * Every way to a meetup asks these functions: top-level queries, nested fields and their
 * loaders, feeds, exports, the embed and the mails.
 */

/** Members-only series are hidden from anonymous callers. */
export function visibleVisibilities(viewer: Actor | null): string[] {
  return viewer ? ['PUBLIC', 'MEMBERS'] : ['PUBLIC'];
}

/** Whether the viewer may see a series and its dates. */
export function canSeeSeries(viewer: Actor | null, series: { visibility: string }): boolean {
  return visibleVisibilities(viewer).includes(series.visibility);
}

/** Whether the viewer manages a series, given its organizers: admins, and the organizers listed on it. */
export function managesSeries(viewer: Actor | null, organizerIds: readonly string[]): boolean {
  if (!viewer) return false;
  if (hasRole(viewer.role, 'ADMIN')) return true;
  return hasRole(viewer.role, 'ORGANIZER') && organizerIds.includes(viewer.memberId);
}

/** What the policy needs to know of a date for one viewer. */
export interface MeetupAccess {
  seriesId: string;
  /** The viewer may see the date (its series is visible to them). */
  visible: boolean;
  /** The viewer manages its series. */
  manages: boolean;
}

/** The access of one viewer to each date given (absent: no such date), in one statement. */
export async function meetupAccessFor(db: EntityManager, viewer: Actor | null, meetupIds: readonly string[]): Promise<Map<string, MeetupAccess>> {
  if (meetupIds.length === 0) return new Map();
  const rows: { id: string; series_id: string; visibility: string; organizer_ids: string[] }[] = await db.query(
    `SELECT m.id, m.series_id, s.visibility,
            coalesce((SELECT array_agg(o.member_id) FROM meetup_series_organizers o WHERE o.series_id = s.id AND o.member_id = $2), '{}') AS organizer_ids
     FROM meetups m JOIN meetup_series s ON s.id = m.series_id WHERE m.id = ANY($1)`,
    [[...new Set(meetupIds)], viewer?.memberId ?? null],
  );
  return new Map(
    rows.map((row) => [row.id, { seriesId: row.series_id, visible: canSeeSeries(viewer, row), manages: managesSeries(viewer, row.organizer_ids) }]),
  );
}

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
