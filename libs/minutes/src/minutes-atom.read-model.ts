import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { webPages } from '@app/core';
import { escapeHtml, formatLocalDate } from '@app/mail';

/** Entries in the feed: the latest published minutes. */
const FEED_ENTRIES = 50;
/** The feed's `updated` when nothing is published yet: a fixed instant, so the bytes stay the same. */
const EMPTY_FEED_UPDATED = '2020-02-15T00:00:00.000Z';

function xml(value: string): string {
  // Text is validated on its way in; anything XML 1.0 cannot carry is dropped here all the same.
  return escapeHtml(value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''));
}

/**
 * Published minutes of the public series as an Atom feed (RFC 4287): title, date, summary and
 * decisions of each, with a link to the meetup's page. Drafts and members-only series never
 * appear. The same data gives the same bytes (no "now" in it), so the ETag holds.
 */
@Injectable()
export class MinutesAtomService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async build(): Promise<string> {
    const base = this.config.publicUrl;
    const rows: {
      id: string;
      meetup_id: string;
      title: string;
      starts_at: Date;
      timezone: string;
      summary: string | null;
      published_at: Date;
      updated_at: Date;
      version: number;
    }[] = await this.dataSource.query(
      `SELECT n.id, n.meetup_id, m.title, m.starts_at, m.timezone, n.summary, n.published_at, n.updated_at, n.version
         FROM minutes n JOIN meetups m ON m.id = n.meetup_id JOIN meetup_series s ON s.id = m.series_id
         WHERE n.status = 'PUBLISHED' AND s.visibility = 'PUBLIC'
         ORDER BY n.published_at DESC, n.id LIMIT $1`,
      [FEED_ENTRIES],
    );
    const decisions: { minutes_id: string; text: string }[] = rows.length
      ? await this.dataSource.query(
          'SELECT minutes_id, text FROM decisions WHERE minutes_id = ANY($1) AND removed_in_version IS NULL ORDER BY minutes_id, position',
          [rows.map((r) => r.id)],
        )
      : [];
    const updated = rows.reduce((latest, r) => (r.updated_at > latest ? r.updated_at : latest), new Date(EMPTY_FEED_UPDATED));
    const entries = rows.map((r) => {
      const url = webPages.meetup(base, r.meetup_id);
      const date = formatLocalDate(r.starts_at, r.timezone, 'vi');
      const own = decisions.filter((d) => d.minutes_id === r.id).map((d) => d.text);
      const html = [
        r.summary ? `<p>${escapeHtml(r.summary).replace(/\n/g, '<br>')}</p>` : '',
        own.length ? `<h3>Kết luận / Decisions</h3><ol>${own.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ol>` : '',
      ].join('');
      return [
        '  <entry>',
        `    <id>${xml(`${base}/feeds/minutes/${r.id}`)}</id>`,
        `    <title>${xml(`Biên bản: ${r.title} — ${date}`)}</title>`,
        `    <link rel="alternate" type="text/html" href="${xml(url)}"/>`,
        `    <published>${r.published_at.toISOString()}</published>`,
        `    <updated>${r.updated_at.toISOString()}</updated>`,
        ...(r.summary ? [`    <summary>${xml(r.summary)}</summary>`] : []),
        `    <content type="html">${xml(html)}</content>`,
        '  </entry>',
      ].join('\n');
    });
    return [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
      `  <id>${xml(`${base}/feeds/minutes.atom`)}</id>`,
      '  <title>Biên bản gặp mặt thứ Bảy — Viện Nghiên cứu phát triển Thừa Thiên Huế</title>',
      `  <link rel="self" type="application/atom+xml" href="${xml(`${base}/feeds/minutes.atom`)}"/>`,
      `  <link rel="alternate" type="text/html" href="${xml(`${base}/meetups`)}"/>`,
      `  <updated>${updated.toISOString()}</updated>`,
      '  <author><name>Viện Nghiên cứu phát triển Thừa Thiên Huế</name></author>',
      ...entries,
      '</feed>',
      '',
    ].join('\n');
  }
}
