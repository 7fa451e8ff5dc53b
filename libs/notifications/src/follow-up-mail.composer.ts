import { webPages } from '@app/core';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { OutgoingMail, formatLocalDate, renderNoticeMail } from '@app/mail';
import { PREFERENCE_OF_KIND } from './notification-kinds';
import type { OutboxComposer, OutboxRow } from './outbox-dispatcher';
import { assignmentMailData, issueMailData } from './outbox-mail.read-model';
import { recipientFor } from './recipient';
import { unsubscribeHeaders } from './unsubscribe-headers';
import { UnsubscribeService } from './unsubscribe.service';
import { ACTIVE_ASSIGNMENT_STATUSES, AssignmentStatus } from '@app/assignments';
import { canSeeIssue } from '@app/issues';

const STATUS_VI: Record<string, string> = {
  SUBMITTED: 'đã tiếp nhận',
  ON_AGENDA: 'đưa vào chương trình',
  DISCUSSED: 'đã thảo luận',
  ASSIGNED: 'đã giao nhiệm vụ',
  RESOLVED: 'đã giải quyết',
  DECLINED: 'không tiếp nhận',
  DUPLICATE: 'trùng lặp',
};

/** Assignments given, deadlines coming or missed, and status changes of issues a member follows. */
@Injectable()
export class FollowUpMailComposer implements OutboxComposer<'assignment.given' | 'deadline.soon' | 'deadline.missed' | 'issue.status'> {
  readonly kinds = ['assignment.given', 'deadline.soon', 'deadline.missed', 'issue.status'] as const;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly unsubscribe: UnsubscribeService,
  ) {}

  async compose(
    manager: EntityManager,
    row: Extract<OutboxRow, { kind: 'assignment.given' | 'deadline.soon' | 'deadline.missed' | 'issue.status' }>,
  ): Promise<OutgoingMail | null> {
    const preference = PREFERENCE_OF_KIND[row.kind];
    const member = await recipientFor(manager, row.member_id, preference);
    if (!member) return null;
    const vi = member.locale === 'vi';
    let content: { subject: string; paragraphs: string[]; link?: { label: string; url: string } } | null;
    if (row.kind === 'issue.status') {
      const issue = await issueMailData(manager, row.payload.issueId);
      // A follower who may no longer see the issue (hidden by moderation) hears nothing of it.
      if (!issue || !canSeeIssue({ memberId: member.id, role: member.role }, issue)) return null;
      const to = String(row.payload.to);
      content = {
        subject: vi ? `Vấn đề ${STATUS_VI[to] ?? to}: ${issue.title}` : `Issue ${to.toLowerCase().replace('_', ' ')}: ${issue.title}`,
        paragraphs: [
          vi ? `Vấn đề bạn theo dõi "${issue.title}" đã chuyển sang: ${STATUS_VI[to] ?? to}.` : `The issue you follow, "${issue.title}", is now ${to}.`,
          ...(issue.official_response ? [(vi ? 'Phản hồi chính thức: ' : 'Official response: ') + issue.official_response] : []),
        ],
        link: { label: vi ? 'Xem vấn đề và quá trình xử lý' : 'See the issue and its timeline', url: webPages.issue(this.config.publicUrl, issue.id) },
      };
    } else {
      const assignment = await assignmentMailData(manager, row.payload.assignmentId);
      if (!assignment || (row.kind !== 'assignment.given' && !ACTIVE_ASSIGNMENT_STATUSES.includes(assignment.status as AssignmentStatus))) return null;
      const due = formatLocalDate(assignment.due_on, 'UTC', member.locale);
      const subjects = {
        'assignment.given': vi ? `Nhiệm vụ mới: ${assignment.title}` : `New assignment: ${assignment.title}`,
        'deadline.soon': vi ? `Sắp đến hạn (${due}): ${assignment.title}` : `Due ${due}: ${assignment.title}`,
        'deadline.missed': vi ? `Quá hạn: ${assignment.title}` : `Overdue: ${assignment.title}`,
      } as Record<string, string>;
      content = {
        subject: subjects[row.kind],
        paragraphs: [
          vi
            ? `${assignment.title} — chủ trì: ${assignment.organization}; hạn: ${due}.`
            : `${assignment.title} — lead: ${assignment.organization}; due: ${due}.`,
          ...(row.kind === 'deadline.missed' ? [vi ? 'Vui lòng báo cáo tiến độ.' : 'Please report progress.'] : []),
        ],
        link: {
          label: vi ? 'Xem các nhiệm vụ của đơn vị' : 'See the organisation’s assignments',
          url: webPages.organization(this.config.publicUrl, assignment.lead_organization_id),
        },
      };
    }
    const mail = renderNoticeMail({ locale: member.locale, name: member.name, ...content });
    return { to: member.email, ...mail, headers: unsubscribeHeaders(await this.unsubscribe.urlFor(manager, member.id, preference)) };
  }
}
