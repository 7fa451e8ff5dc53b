import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { webPages } from '@app/core';
import { OutgoingMail, renderNoticeMail } from '@app/mail';
import type { OutboxComposer, OutboxRow } from './outbox-dispatcher';
import { affiliationMailData } from './outbox-mail.read-model';
import { recipientFor } from './recipient';

/**
 * The answer to a member's request to speak for an organisation (confirmed, declined), or news
 * that their affiliation ended, in their language. It answers what the member asked for, so no
 * preference turns it off; nothing is sent when the decision no longer holds (confirmed, then
 * ended before the mail went out; declined, then asked again and confirmed).
 */
@Injectable()
export class AffiliationMailComposer implements OutboxComposer<'affiliation.decided'> {
  readonly kinds = ['affiliation.decided'] as const;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async compose(manager: EntityManager, row: Extract<OutboxRow, { kind: 'affiliation.decided' }>): Promise<OutgoingMail | null> {
    const member = await recipientFor(manager, row.member_id, null);
    if (!member) return null;
    const { organizationId, decision, role } = row.payload;
    const now = await affiliationMailData(manager, organizationId, member.id);
    if (!now) return null;
    const confirmedNow = now.status === 'CONFIRMED';
    if (decision === 'CONFIRMED' ? !confirmedNow || now.role !== role : confirmedNow) return null;
    const vi = member.locale === 'vi';
    const admin = role === 'ADMIN';
    const text = {
      CONFIRMED: {
        subject: vi ? `Bạn đã được xác nhận là thành viên của ${now.name}` : `You are confirmed as a member of ${now.name}`,
        paragraphs: vi
          ? [
              `${now.name} đã xác nhận bạn${admin ? ' là quản trị viên' : ''}. Từ nay bạn có thể thay mặt tổ chức: cập nhật hồ sơ, báo cáo tiến độ các nhiệm vụ được giao và ghi nhận hỗ trợ tổ chức đã dành cho dự án.`,
              ...(admin ? ['Là quản trị viên, bạn xác nhận hoặc từ chối các yêu cầu tham gia tổ chức.'] : []),
            ]
          : [
              `${now.name} confirmed you${admin ? ' as an administrator' : ''}. You may now speak for it: edit its profile, report progress on its assignments and record the support it gave.`,
              ...(admin ? ['As an administrator you confirm or decline requests to join it.'] : []),
            ],
      },
      DECLINED: {
        subject: vi ? `Yêu cầu tham gia ${now.name} chưa được chấp nhận` : `Your request to join ${now.name} was declined`,
        paragraphs: vi
          ? [
              `Yêu cầu của bạn xác nhận là thành viên của ${now.name} đã bị từ chối. Nếu có nhầm lẫn, hãy liên hệ tổ chức hoặc ban tổ chức rồi gửi lại yêu cầu từ trang cá nhân.`,
            ]
          : [
              `Your request to be confirmed as a member of ${now.name} was declined. If this is a mistake, contact the organisation or the organizers and ask again from your profile.`,
            ],
      },
      ENDED: {
        subject: vi ? `Bạn không còn thay mặt ${now.name}` : `You no longer speak for ${now.name}`,
        paragraphs: vi
          ? [`Liên kết của bạn với ${now.name} đã kết thúc. Bạn không còn thay mặt tổ chức trên nền tảng.`]
          : [`Your affiliation with ${now.name} was ended. You no longer speak for it on the platform.`],
      },
    }[decision];
    const mail = renderNoticeMail({
      locale: member.locale,
      name: member.name,
      subject: text.subject,
      paragraphs: text.paragraphs,
      link: { label: vi ? `Trang của ${now.name}` : `${now.name}'s page`, url: webPages.organization(this.config.publicUrl, organizationId) },
    });
    return { to: member.email, ...mail };
  }
}
