import { createHash } from 'node:crypto';
import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig } from '@app/config';
import { webPages } from '@app/core';
import { escapeHtml, formatLocalDateTime } from '@app/mail';
import { IssuesService } from '@app/issues';
import { AgendaItem, AgendaService, Meetup, MeetupSeries, MeetupSeriesService, MeetupsService } from '@app/meetups';

type Lang = 'vi' | 'en';

const WORDS = {
  vi: {
    heading: 'Buổi gặp tiếp theo',
    when: 'Thời gian',
    where: 'Địa điểm',
    online: 'Trực tuyến',
    agenda: 'Chương trình',
    noAgenda: 'Chương trình đang được chuẩn bị.',
    spots: (n: number | null) => (n === null ? 'Không giới hạn chỗ' : n === 0 ? 'Hết chỗ — có danh sách chờ' : `Còn ${n} chỗ`),
    rsvp: 'Đăng ký tham dự',
    none: 'Chưa có buổi gặp nào sắp tới.',
    notFound: 'Không tìm thấy chuỗi gặp mặt này.',
  },
  en: {
    heading: 'Next meetup',
    when: 'When',
    where: 'Where',
    online: 'Online',
    agenda: 'Agenda',
    noAgenda: 'The agenda is being prepared.',
    spots: (n: number | null) => (n === null ? 'No seat limit' : n === 0 ? 'Full — waitlist open' : `${n} spot(s) left`),
    rsvp: 'RSVP',
    none: 'No meetup is scheduled yet.',
    notFound: 'This meetup series was not found.',
  },
} as const;

const STYLE =
  'body{font-family:system-ui,sans-serif;margin:0;padding:12px;color:#1f2933;background:#fff;font-size:15px;line-height:1.45}' +
  'h1{font-size:17px;margin:0 0 4px}h2{font-size:15px;margin:12px 0 4px}p{margin:4px 0}ol{margin:4px 0;padding-left:20px}' +
  'dl{margin:6px 0}dt{font-weight:600;display:inline}dd{display:inline;margin:0}dd::after{content:"";display:block}' +
  'a.rsvp{display:inline-block;margin-top:10px;padding:8px 14px;background:#0b5cad;color:#fff;border-radius:6px;text-decoration:none;font-weight:600}';
const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE, 'utf8').digest('base64')}'`;

/**
 * Meant for an iframe on the Institute's site: any page may frame it, and it may load nothing
 * (no script; its one style block is allowed by hash). Every other route keeps refusing frames
 * (see create-api-app.ts).
 */
export const EMBED_CONTENT_SECURITY_POLICY = `default-src 'none'; style-src ${STYLE_HASH}; base-uri 'none'; form-action 'none'; frame-ancestors *`;

/** `GET /embed/next?series=&lang=`: the next date of a series (default: the first public one) for other sites. */
@Controller('embed')
export class EmbedController {
  constructor(
    private readonly series: MeetupSeriesService,
    private readonly meetups: MeetupsService,
    private readonly agenda: AgendaService,
    private readonly issues: IssuesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('next')
  async next(@Query('series') seriesId: unknown, @Query('lang') langParam: unknown, @Res() res: Response): Promise<void> {
    const lang: Lang = langParam === 'en' ? 'en' : 'vi';
    const words = WORDS[lang];
    // Only public series: the page is for anyone, signed in or not.
    const series =
      typeof seriesId === 'string' && seriesId !== '' ? await this.series.findVisible(null, seriesId) : ((await this.series.list(null))[0] ?? null);
    if (!series) {
      this.send(res, 404, lang, words.notFound, `<p>${escapeHtml(words.notFound)}</p>`);
      return;
    }
    const meetup = await this.meetups.next(null, series.id);
    if (!meetup) {
      this.send(res, 200, lang, series.title, `<h1>${escapeHtml(series.title)}</h1><p>${escapeHtml(words.none)}</p>`);
      return;
    }
    // The page is for anyone: an agenda point copied from a hidden issue reads as the placeholder.
    const agenda = await this.issues.agendaAsShown(null, await this.agenda.itemsOf(meetup.id), lang);
    this.send(res, 200, lang, meetup.title, this.body(lang, series, meetup, agenda));
  }

  private body(lang: Lang, series: MeetupSeries, meetup: Meetup, agenda: AgendaItem[]): string {
    const words = WORDS[lang];
    const place = [meetup.venue, meetup.venueAddress].filter(Boolean).join(', ');
    const spotsLeft = meetup.capacity === null ? null : Math.max(meetup.capacity - meetup.goingCount, 0);
    const rows = [
      `<dt>${escapeHtml(words.when)}:</dt> <dd><time datetime="${meetup.startsAt.toISOString()}">${escapeHtml(formatLocalDateTime(meetup.startsAt, meetup.timezone, lang))}</time></dd>`,
      place ? `<dt>${escapeHtml(words.where)}:</dt> <dd>${escapeHtml(place)}</dd>` : '',
      meetup.onlineUrl ? `<dt>${escapeHtml(words.online)}:</dt> <dd>${escapeHtml(meetup.onlineUrl)}</dd>` : '',
    ].join('');
    const items = agenda.length
      ? `<ol>${agenda.map((item) => `<li>${escapeHtml(item.title)}${item.presenter ? ` — ${escapeHtml(item.presenter)}` : ''}</li>`).join('')}</ol>`
      : `<p>${escapeHtml(words.noAgenda)}</p>`;
    const url = webPages.meetup(this.config.publicUrl, meetup.id);
    return [
      `<p>${escapeHtml(words.heading)} · ${escapeHtml(series.title)}</p>`,
      `<h1>${escapeHtml(meetup.title)}</h1>`,
      `<dl>${rows}</dl>`,
      `<p class="spots">${escapeHtml(words.spots(spotsLeft))}</p>`,
      `<h2>${escapeHtml(words.agenda)}</h2>${items}`,
      `<a class="rsvp" href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(words.rsvp)}</a>`,
    ].join('\n');
  }

  private send(res: Response, status: number, lang: Lang, title: string, body: string): void {
    res
      .status(status)
      .set({
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': EMBED_CONTENT_SECURITY_POLICY,
        'Cache-Control': 'public, max-age=300',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
      })
      .send(
        `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
          `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>\n${body}\n</body></html>`,
      );
  }
}
