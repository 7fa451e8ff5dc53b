import { isAdminRole, isOrganizerRole } from '../../lib/roles';
import { auditActionKey, auditValues, isFailedDelivery } from './moderation-rules';

describe('moderation rules', () => {
  it('shows moderation to organizers and admins, roles and the audit log to admins only', () => {
    expect([isOrganizerRole('MEMBER'), isOrganizerRole('ORGANIZER'), isOrganizerRole('ADMIN'), isOrganizerRole(undefined)]).toEqual([false, true, true, false]);
    expect([isAdminRole('MEMBER'), isAdminRole('ORGANIZER'), isAdminRole('ADMIN')]).toEqual([false, false, true]);
  });

  it('names known audit actions and reads their values', () => {
    expect(auditActionKey('issue.hide')).toBe('moderation.audit.action.issue.hide');
    expect(auditActionKey('something.new')).toBeNull();
    expect(auditValues('{"status":"DECLINED","note":null,"duplicateOfId":null}')).toBe('status: DECLINED');
    expect(auditValues('{"hidden":true,"reason":"Spam"}')).toBe('hidden: true, reason: Spam');
    expect(auditValues(null)).toBe('');
    expect(auditValues('not json')).toBe('not json');
  });

  it('counts a failed delivery, or one still retrying after an error, as a failure', () => {
    expect(isFailedDelivery({ status: 'FAILED', lastError: 'x' })).toBe(true);
    expect(isFailedDelivery({ status: 'PENDING', lastError: '421 try later' })).toBe(true);
    expect(isFailedDelivery({ status: 'PENDING', lastError: null })).toBe(false);
    expect(isFailedDelivery({ status: 'SENT', lastError: null })).toBe(false);
  });
});
