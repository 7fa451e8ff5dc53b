import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { ConsultationsService } from '@app/consultations';
import { isUuid, HUE_TIME_ZONE } from '@app/core';
import { IssuesService } from '@app/issues';
import { formatLocalDateTime } from '@app/mail';
import { MeetupsService } from '@app/meetups';
import { OpenGraph, summarize } from './open-graph';

const SITE = 'Gặp mặt thứ Bảy';

/**
 * What a link to a page previews as in a chat: the page's own words for a meetup or an issue
 * (only what an anonymous visitor may see), the site's otherwise. In Vietnamese, the language
 * of the groups these links are shared in.
 */
@Injectable()
export class LinkPreviews {
  constructor(
    private readonly meetups: MeetupsService,
    private readonly issues: IssuesService,
    private readonly consultations: ConsultationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  readonly siteName = SITE;

  site(path: string): OpenGraph {
    return {
      title: SITE,
      description:
        'Cộng đồng khởi nghiệp Thừa Thiên Huế gặp mặt mỗi sáng thứ Bảy tại Viện Nghiên cứu phát triển: đăng ký tham dự, nêu vướng mắc, theo dõi kết luận.',
      url: this.url(path),
    };
  }

  async meetup(id: string): Promise<OpenGraph | null> {
    const meetup = await this.meetups.findVisible(null, id);
    if (!meetup) return null;
    const when = formatLocalDateTime(meetup.startsAt, meetup.timezone, 'vi');
    const where = [meetup.venue, meetup.venueAddress].filter(Boolean).join(', ');
    const status = meetup.status === 'CANCELLED' ? `ĐÃ HUỶ${meetup.cancellationReason ? ` (${meetup.cancellationReason})` : ''} · ` : '';
    return {
      title: `${meetup.title} · ${when}`,
      description: summarize(`${status}${when}${where ? ` · ${where}` : ''}${meetup.description ? ` · ${meetup.description}` : ''}`),
      url: this.url(`/meetups/${meetup.id}`),
    };
  }

  async issue(id: string): Promise<OpenGraph | null> {
    const issue = await this.issues.findVisible(null, id);
    if (!issue) return null;
    return { title: summarize(issue.title, 120), description: summarize(issue.description), url: this.url(`/issues/${issue.id}`) };
  }

  /** A consultation an anonymous visitor may see (open or closed; a draft not yet open previews as the site). */
  async consultation(id: string): Promise<OpenGraph | null> {
    if (!isUuid(id)) return null;
    const consultation = await this.consultations.find(null, id);
    if (!consultation) return null;
    const closes = formatLocalDateTime(consultation.closesAt, HUE_TIME_ZONE, 'vi');
    const status = this.consultations.statusOf(consultation) === 'OPEN' ? `Đang lấy ý kiến, hạn góp ý ${closes}` : `Đã kết thúc lấy ý kiến (${closes})`;
    return {
      title: summarize(consultation.title, 120),
      description: summarize(`${status}${consultation.summary ? ` · ${consultation.summary}` : ''}`),
      url: this.url(`/consultations/${consultation.id}`),
    };
  }

  private url(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }
}
