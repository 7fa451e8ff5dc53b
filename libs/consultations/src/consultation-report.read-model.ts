import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, DomainError, HUE_TIME_ZONE } from '@app/core';
import { escapeHtml, formatLocalDate, formatLocalDateTime } from '@app/mail';
import { displayName } from '@app/members';
import { ConsultationStatus } from './consultation.entity';
import { ConsultationsService } from './consultations.service';

export type ReportLocale = 'vi' | 'en';

const COPY = {
  vi: {
    heading: 'Tổng hợp ý kiến góp ý',
    status: { DRAFT: 'Chưa mở lấy ý kiến', OPEN: 'Đang lấy ý kiến', CLOSED: 'Đã kết thúc lấy ý kiến' } as Record<ConsultationStatus, string>,
    window: (from: string, to: string) => `Thời gian lấy ý kiến: từ ${from} đến ${to}`,
    totals: 'Tổng cộng',
    counts: (n: number, a: number, r: number, u: number) => `${n} ý kiến — tiếp thu: ${a}; không tiếp thu: ${r}; chưa trả lời: ${u}`,
    hidden: (n: number) => `Ý kiến bị ẩn do vi phạm quy tắc (không đưa vào bản tổng hợp): ${n}`,
    introduction: 'Phần mở đầu',
    draftText: 'Nội dung dự thảo',
    noComments: 'Chưa có ý kiến.',
    comment: (n: number) => `Ý kiến ${n}`,
    accepted: 'Tiếp thu',
    rejected: 'Không tiếp thu',
    unanswered: 'Chưa trả lời',
    answer: 'Trả lời',
  },
  en: {
    heading: 'Summary of comments',
    status: { DRAFT: 'Not open for comments yet', OPEN: 'Open for comments', CLOSED: 'Closed for comments' } as Record<ConsultationStatus, string>,
    window: (from: string, to: string) => `Open for comments from ${from} to ${to}`,
    totals: 'In total',
    counts: (n: number, a: number, r: number, u: number) => `${n} comments — taken in: ${a}; not taken in: ${r}; unanswered: ${u}`,
    hidden: (n: number) => `Comments hidden by moderation (left out of this summary): ${n}`,
    introduction: 'Introduction',
    draftText: 'Text of the draft',
    noComments: 'No comments.',
    comment: (n: number) => `Comment ${n}`,
    accepted: 'Taken in',
    rejected: 'Not taken in',
    unanswered: 'Unanswered',
    answer: 'Answer',
  },
} as const;

interface ReportComment {
  author: string;
  organization: string | null;
  body: string;
  createdAt: Date;
  response: string | null;
  accepted: boolean | null;
}

interface ReportData {
  title: string;
  summary: string | null;
  status: ConsultationStatus;
  opensAt: Date;
  closesAt: Date;
  hiddenCount: number;
  sections: { position: number; level: number; heading: string; body: string; comments: ReportComment[] }[];
}

interface Counts {
  total: number;
  accepted: number;
  rejected: number;
  unanswered: number;
}

function countsOf(comments: ReportComment[]): Counts {
  return {
    total: comments.length,
    accepted: comments.filter((c) => c.accepted === true).length,
    rejected: comments.filter((c) => c.accepted === false).length,
    unanswered: comments.filter((c) => c.accepted === null).length,
  };
}

/**
 * The summary of opinions that goes with a draft to its next reviewer: every section with its
 * comments and answers, and the counts taken in / not taken in / unanswered. Authors appear by the
 * name the platform shows publicly (a former member as such), with their organisation; never an
 * e-mail address. Comments hidden by moderation are left out and only counted.
 */
@Injectable()
export class ConsultationReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly consultations: ConsultationsService,
  ) {}

  async markdown(viewer: Actor | null, consultationId: string, locale: ReportLocale): Promise<string> {
    const data = await this.load(viewer, consultationId, locale);
    const c = COPY[locale];
    const all = countsOf(data.sections.flatMap((s) => s.comments));
    const quote = (text: string) =>
      text
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    const lines = [
      `# ${c.heading}: ${data.title}`,
      '',
      `${c.status[data.status]}. ${c.window(formatLocalDateTime(data.opensAt, HUE_TIME_ZONE, locale), formatLocalDateTime(data.closesAt, HUE_TIME_ZONE, locale))}.`,
      '',
      ...(data.summary ? [data.summary, ''] : []),
      `**${c.totals}:** ${c.counts(all.total, all.accepted, all.rejected, all.unanswered)}`,
      ...(data.hiddenCount ? ['', c.hidden(data.hiddenCount)] : []),
      '',
    ];
    for (const section of data.sections) {
      const counts = countsOf(section.comments);
      lines.push(`## ${section.position}. ${section.level === 0 ? c.introduction : section.heading}`, '');
      if (section.body) lines.push(quote(section.body), '');
      lines.push(`*${c.counts(counts.total, counts.accepted, counts.rejected, counts.unanswered)}*`, '');
      if (!section.comments.length) lines.push(c.noComments, '');
      section.comments.forEach((comment, index) => {
        lines.push(
          `### ${c.comment(index + 1)} — ${comment.author}${comment.organization ? ` (${comment.organization})` : ''}, ${formatLocalDate(comment.createdAt, HUE_TIME_ZONE, locale)}`,
          '',
        );
        lines.push(quote(comment.body), '');
        lines.push(
          comment.accepted === null ? `**${c.unanswered}.**` : `**${c.answer} (${comment.accepted ? c.accepted : c.rejected}):** ${comment.response}`,
          '',
        );
      });
    }
    return lines.join('\n');
  }

  async html(viewer: Actor | null, consultationId: string, locale: ReportLocale): Promise<string> {
    const data = await this.load(viewer, consultationId, locale);
    const c = COPY[locale];
    const all = countsOf(data.sections.flatMap((s) => s.comments));
    const paragraphs = (text: string) => `<p>${escapeHtml(text).replace(/\n/g, '<br>')}</p>`;
    const sections = data.sections
      .map((section) => {
        const counts = countsOf(section.comments);
        const comments = section.comments
          .map(
            (
              comment,
              index,
            ) => `<li><h3>${escapeHtml(`${c.comment(index + 1)} — ${comment.author}${comment.organization ? ` (${comment.organization})` : ''}, ${formatLocalDate(comment.createdAt, HUE_TIME_ZONE, locale)}`)}</h3>
<blockquote>${paragraphs(comment.body)}</blockquote>
${comment.accepted === null ? `<p><strong>${escapeHtml(c.unanswered)}.</strong></p>` : `<p><strong>${escapeHtml(`${c.answer} (${comment.accepted ? c.accepted : c.rejected}):`)}</strong> ${escapeHtml(comment.response ?? '').replace(/\n/g, '<br>')}</p>`}</li>`,
          )
          .join('\n');
        return `<section>
<h2>${escapeHtml(`${section.position}. ${section.level === 0 ? c.introduction : section.heading}`)}</h2>
${section.body ? `<details open><summary>${escapeHtml(c.draftText)}</summary><pre class="draft">${escapeHtml(section.body)}</pre></details>` : ''}
<p><em>${escapeHtml(c.counts(counts.total, counts.accepted, counts.rejected, counts.unanswered))}</em></p>
${section.comments.length ? `<ol class="comments">${comments}</ol>` : `<p>${escapeHtml(c.noComments)}</p>`}
</section>`;
      })
      .join('\n');
    return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(`${c.heading}: ${data.title}`)}</title>
<style>body{font-family:'Times New Roman',serif;max-width:800px;margin:24px auto;padding:0 16px;line-height:1.5;overflow-wrap:anywhere}h1{font-size:22px}h2{font-size:18px;margin-top:28px}h3{font-size:15px;margin:12px 0 4px}blockquote{margin:0 0 0 12px;padding-left:12px;border-left:3px solid #999}pre.draft{white-space:pre-wrap;font-family:inherit}ol.comments{padding-left:20px}@media print{body{margin:0}details>summary{display:none}}</style>
</head><body>
<h1>${escapeHtml(`${c.heading}: ${data.title}`)}</h1>
<p>${escapeHtml(`${c.status[data.status]}. ${c.window(formatLocalDateTime(data.opensAt, HUE_TIME_ZONE, locale), formatLocalDateTime(data.closesAt, HUE_TIME_ZONE, locale))}.`)}</p>
${data.summary ? paragraphs(data.summary) : ''}
<p><strong>${escapeHtml(c.totals)}:</strong> ${escapeHtml(c.counts(all.total, all.accepted, all.rejected, all.unanswered))}</p>
${data.hiddenCount ? `<p>${escapeHtml(c.hidden(data.hiddenCount))}</p>` : ''}
${sections}
</body></html>
`;
  }

  private async load(viewer: Actor | null, consultationId: string, locale: ReportLocale): Promise<ReportData> {
    const consultation = await this.consultations.find(viewer, consultationId);
    if (!consultation) throw DomainError.notFound('Consultation', consultationId);
    const [sections] = await this.consultations.sectionsOf([consultation.id]);
    const comments: {
      section_id: string;
      name: string | null;
      organization: string | null;
      body: string;
      created_at: Date;
      response: string | null;
      accepted: boolean | null;
    }[] = await this.dataSource.query(
      `SELECT c.section_id, m.name, coalesce(o.short_name, o.name) AS organization, c.body, c.created_at, c.response, c.accepted
         FROM consultation_comments c JOIN members m ON m.id = c.author_id LEFT JOIN affiliations af ON af.member_id = m.id AND af.status = 'CONFIRMED' LEFT JOIN organizations o ON o.id = af.organization_id
         WHERE c.consultation_id = $1 AND c.hidden_at IS NULL ORDER BY c.created_at, c.id`,
      [consultation.id],
    );
    const [{ hidden }] = await this.dataSource.query(
      'SELECT count(*)::int AS hidden FROM consultation_comments WHERE consultation_id = $1 AND hidden_at IS NOT NULL',
      [consultation.id],
    );
    return {
      title: consultation.title,
      summary: consultation.summary,
      status: this.consultations.statusOf(consultation),
      opensAt: consultation.opensAt,
      closesAt: consultation.closesAt,
      hiddenCount: hidden,
      sections: sections.map((section) => ({
        position: section.position,
        level: section.level,
        heading: section.heading,
        body: section.body,
        comments: comments
          .filter((comment) => comment.section_id === section.id)
          .map((comment) => ({
            // A former member's organisation was erased with the rest of their data.
            author: displayName({ name: comment.name }, locale),
            organization: comment.organization,
            body: comment.body,
            createdAt: comment.created_at,
            response: comment.response,
            accepted: comment.accepted,
          })),
      })),
    };
  }
}
