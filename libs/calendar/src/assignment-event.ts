import type { Assignment } from '@app/assignments';
import type { CalendarEvent } from './calendar-builder';

/** An assignment's deadline as an all-day event (calendar subscriptions ignore VTODO). */
export function assignmentEvent(assignment: Assignment, organizationName: string, publicUrl: string): CalendarEvent {
  const done = assignment.status === 'DONE';
  return {
    uid: `assignment-${assignment.id}@${new URL(publicUrl).hostname}`,
    summary: `${done ? '✓ ' : ''}Hạn: ${assignment.title} (${organizationName})`,
    description: [assignment.description, `Tiến độ / Progress: ${assignment.progressPercent}% — ${assignment.status}`].filter(Boolean).join('\n\n'),
    url: null,
    status: assignment.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED',
    sequence: assignment.sequence,
    lastModified: assignment.updatedAt,
    date: assignment.dueOn,
  };
}
