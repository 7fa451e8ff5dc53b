import { webPages } from '@app/core';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { OutgoingMail, renderNoticeMail } from '@app/mail';
import { PREFERENCE_OF_KIND } from './notification-kinds';
import type { OutboxComposer, OutboxRow } from './outbox-dispatcher';
import { answeredCommentMailData } from './outbox-mail.read-model';
import { recipientFor } from './recipient';
import { unsubscribeHeaders } from './unsubscribe-headers';
import { UnsubscribeService } from './unsubscribe.service';

/**
 * "Your comment on the draft was answered": the answer as it stands when the mail goes out, and
 * whether it was taken in. Nothing is sent for a comment hidden or unanswered since.
 */
@Injectable()
export class ConsultationResponseComposer implements OutboxComposer<'consultation.response'> {
  readonly kinds = ['consultation.response'] as const;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly unsubscribe: UnsubscribeService,
  ) {}

  async compose(manager: EntityManager, row: Extract<OutboxRow, { kind: 'consultation.response' }>): Promise<OutgoingMail | null> {
    const preference = PREFERENCE_OF_KIND[row.kind];
    const member = await recipientFor(manager, row.member_id, preference);
    if (!member) return null;
    const comment = await answeredCommentMailData(manager, row.payload.commentId, member.id);
    if (!comment || comment.response === null || comment.accepted === null) return null;
    const vi = member.locale === 'vi';
    const section = comment.level === 0 ? (vi ? 'Phần mở đầu' : 'Introduction') : comment.heading;
    const decision = comment.accepted ? (vi ? 'được tiếp thu' : 'taken in') : vi ? 'không được tiếp thu' : 'not taken in';
    const mail = renderNoticeMail({
      locale: member.locale,
      name: member.name,
      subject: vi ? `Góp ý của bạn về "${comment.title}" đã được trả lời` : `Your comment on "${comment.title}" was answered`,
      paragraphs: [
        vi ? `Góp ý của bạn về mục ${comment.position}. ${section}:` : `Your comment on section ${comment.position}. ${section}:`,
        `“${comment.body}”`,
        vi ? `Kết quả: ${decision}.` : `Decision: ${decision}.`,
        (vi ? 'Trả lời: ' : 'Answer: ') + comment.response,
      ],
      link: {
        label: vi ? 'Xem dự thảo và các góp ý' : 'See the draft and its comments',
        url: webPages.consultation(this.config.publicUrl, comment.consultation_id),
      },
    });
    return { to: member.email, ...mail, headers: unsubscribeHeaders(await this.unsubscribe.urlFor(manager, member.id, preference)) };
  }
}
