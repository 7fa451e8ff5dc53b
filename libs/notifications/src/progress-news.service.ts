import { Inject, Injectable, Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Clock, webPages, HUE_TIME_ZONE } from '@app/core';
import { OutgoingMail, formatLocalDate, renderNoticeMail } from '@app/mail';
import { DeliveryService } from './delivery.service';
import { DueNews, dueProgressNews, progressOfDay } from './due-mail.read-model';
import { recipientFor } from './recipient';
import { unsubscribeHeaders } from './unsubscribe-headers';
import { UnsubscribeService } from './unsubscribe.service';

/** Days that ended without news going out (a worker down) are made up this far back. */
const CATCH_UP_DAYS = 7;
/** News goes out in the morning after the day of the reports, not in the night. */
const SEND_FROM_HOUR = 7;
const SEND_UNTIL_HOUR = 21;

export interface ProgressNewsReport {
  due: number;
  sent: number;
  skipped: number;
  alreadySent: number;
  failed: number;
}

const STATUS_LABEL: Record<string, { vi: string; en: string }> = {
  OPEN: { vi: 'chưa bắt đầu', en: 'open' },
  IN_PROGRESS: { vi: 'đang thực hiện', en: 'in progress' },
  DONE: { vi: 'hoàn thành', en: 'done' },
  CANCELLED: { vi: 'đã hủy', en: 'cancelled' },
};

/**
 * Progress news: the progress reports on assignments that carry an issue, mailed to the issue's
 * submitter and supporters — one mail per issue, member and (Huế) day of the reports, gathering
 * that day's reports. A day's news goes out once the day has ended (from 07:00 the next morning),
 * so every report of the day is in it; the delivery key (issue, member, day) keeps it to one.
 */
@Injectable()
export class ProgressNewsService {
  private readonly logger = new Logger(ProgressNewsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: DeliveryService,
    private readonly unsubscribe: UnsubscribeService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The worker's hourly run: sends within the day hours only. */
  async runIfDue(): Promise<ProgressNewsReport | null> {
    const hour = DateTime.fromJSDate(this.clock.now(), { zone: HUE_TIME_ZONE }).hour;
    return hour >= SEND_FROM_HOUR && hour < SEND_UNTIL_HOUR ? this.run() : null;
  }

  /** Sends the news of every day that has ended (within the catch-up window) not sent yet. */
  async run(): Promise<ProgressNewsReport> {
    const today = DateTime.fromJSDate(this.clock.now(), { zone: HUE_TIME_ZONE }).startOf('day');
    const due = await dueProgressNews(this.dataSource.manager, today.minus({ days: CATCH_UP_DAYS }).toJSDate(), today.toJSDate());
    const report: ProgressNewsReport = { due: due.length, sent: 0, skipped: 0, alreadySent: 0, failed: 0 };
    for (const news of due) {
      const outcome = await this.deliveries.deliverOnce({
        key: `progress:${news.issue_id}:${news.member_id}:${news.day}`,
        memberId: news.member_id,
        kind: 'issue.progress',
        compose: (manager) => this.compose(manager, news),
      });
      if (outcome === 'SENT') report.sent++;
      else if (outcome === 'SKIPPED') report.skipped++;
      else if (outcome === 'ALREADY_DONE') report.alreadySent++;
      else report.failed++;
    }
    if (due.length > 0) this.logger.log(`progress news: ${JSON.stringify(report)}`);
    return report;
  }

  private async compose(manager: EntityManager, news: DueNews): Promise<OutgoingMail | null> {
    const member = await recipientFor(manager, news.member_id, 'issueUpdates');
    if (!member) return null;
    const start = DateTime.fromISO(news.day, { zone: HUE_TIME_ZONE });
    const { issue, reports } = await progressOfDay(manager, news.issue_id, start.toJSDate(), start.plus({ days: 1 }).toJSDate());
    if (!issue) return null;
    if (reports.length === 0) return null;
    const vi = member.locale === 'vi';
    const day = formatLocalDate(news.day, HUE_TIME_ZONE, member.locale);
    const mail = renderNoticeMail({
      locale: member.locale,
      name: member.name,
      subject: vi ? `Tiến độ xử lý: ${issue.title}` : `Progress on: ${issue.title}`,
      paragraphs: [
        vi
          ? `Vấn đề bạn theo dõi "${issue.title}" có ${reports.length} báo cáo tiến độ ngày ${day}:`
          : `The issue you follow, "${issue.title}", had ${reports.length} progress report(s) on ${day}:`,
        ...reports.map((r) => {
          const status = STATUS_LABEL[r.status]?.[member.locale] ?? r.status;
          return `• ${r.title} (${r.organization}) — ${status}, ${r.progress_percent}%${r.note ? `\n${r.note}` : ''}`;
        }),
      ],
      link: { label: vi ? 'Xem vấn đề và quá trình xử lý' : 'See the issue and its timeline', url: webPages.issue(this.config.publicUrl, issue.id) },
    });
    return { to: member.email, ...mail, headers: unsubscribeHeaders(await this.unsubscribe.urlFor(manager, member.id, 'issueUpdates')) };
  }
}
