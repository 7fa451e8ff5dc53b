import { webPages } from '@app/core';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { OutgoingMail, formatLocalDate, renderNoticeMail } from '@app/mail';
import type { OutboxComposer, OutboxRow } from './outbox-dispatcher';
import { minutesMailData } from './outbox-mail.read-model';
import { recipientFor } from './recipient';
import { unsubscribeHeaders } from './unsubscribe-headers';
import { UnsubscribeService } from './unsubscribe.service';

/** "The minutes of Saturday's meetup are published", with its decisions. */
@Injectable()
export class MinutesMailComposer implements OutboxComposer<'minutes.published'> {
  readonly kinds = ['minutes.published'] as const;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly unsubscribe: UnsubscribeService,
  ) {}

  async compose(manager: EntityManager, row: Extract<OutboxRow, { kind: 'minutes.published' }>): Promise<OutgoingMail | null> {
    const member = await recipientFor(manager, row.member_id, 'minutesPublished');
    if (!member) return null;
    const meetupId = String(row.payload.meetupId);
    const { meetup, decisions } = await minutesMailData(manager, meetupId);
    if (!meetup) return null;
    const vi = member.locale === 'vi';
    const date = formatLocalDate(meetup.starts_at, meetup.timezone, member.locale);
    const version = Number(row.payload.version ?? 1);
    const mail = renderNoticeMail({
      locale: member.locale,
      name: member.name,
      subject: vi
        ? `Biên bản ${meetup.title} (${date})${version > 1 ? ` — sửa đổi ${version}` : ''}`
        : `Minutes: ${meetup.title} (${date})${version > 1 ? ` — amendment ${version}` : ''}`,
      paragraphs: [
        vi ? `Biên bản buổi gặp ${date} đã được công bố.` : `The minutes of the meetup of ${date} are published.`,
        ...(decisions.length ? [(vi ? 'Kết luận:\n' : 'Decisions:\n') + decisions.map((d, i) => `${i + 1}. ${d.text}`).join('\n')] : []),
      ],
      link: { label: vi ? 'Đọc biên bản' : 'Read the minutes', url: webPages.meetup(this.config.publicUrl, meetupId) },
    });
    return { to: member.email, ...mail, headers: unsubscribeHeaders(await this.unsubscribe.urlFor(manager, member.id, 'minutesPublished')) };
  }
}
