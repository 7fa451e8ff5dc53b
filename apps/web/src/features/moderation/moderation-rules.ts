import type { MessageKey } from '../../lib/i18n/messages.vi';

const AUDIT_ACTIONS = [
  'issue.hide',
  'issue.unhide',
  'issue.status',
  'comment.hide',
  'comment.unhide',
  'member.role',
  'member.delete',
  'meetup.update',
  'meetup.cancel',
  'minutes.publish',
  'minutes.amend',
  'assignment.create',
  'assignment.progress',
  'organization.create',
] as const;
type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an audit entry's action says; actions the app does not name yet are shown as they are. */
export function auditActionKey(action: string): MessageKey | null {
  return (AUDIT_ACTIONS as readonly string[]).includes(action) ? `moderation.audit.action.${action as AuditAction}` : null;
}

/** `{"status":"SUBMITTED"}` → `status: SUBMITTED`; what an entry changed, in one short line. */
export function auditValues(json: string | null | undefined): string {
  if (!json) return '';
  try {
    const value: unknown = JSON.parse(json);
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== null && v !== undefined && v !== '')
        .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join(', ');
    }
    return String(value);
  } catch {
    return json;
  }
}

/** A delivery that did not go out (or keeps failing) is one to look at. */
export function isFailedDelivery(delivery: { status: string; lastError?: string | null }): boolean {
  return delivery.status === 'FAILED' || (delivery.status === 'PENDING' && !!delivery.lastError);
}

const DELIVERY_STATUSES = ['PENDING', 'SENT', 'FAILED', 'SKIPPED'] as const;

export function deliveryStatusKey(status: string): MessageKey | null {
  return (DELIVERY_STATUSES as readonly string[]).includes(status) ? `moderation.deliveries.status.${status as (typeof DELIVERY_STATUSES)[number]}` : null;
}
