import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, DomainError, hasRole, requireId } from '@app/core';
import { escapeHtml, formatLocalDate, formatLocalDateTime } from '@app/mail';
import { displayName } from '@app/members';
import { MinutesService } from './minutes.service';

export type ExportLocale = 'vi' | 'en';

const COPY = {
  vi: {
    heading: 'Biên bản',
    version: (v: number) => `Phiên bản ${v}`,
    draft: 'BẢN NHÁP',
    when: 'Thời gian',
    where: 'Địa điểm',
    attendees: 'Thành phần tham dự',
    summary: 'Tóm tắt',
    agenda: 'Chương trình',
    decisions: 'Kết luận',
    issues: 'Vấn đề liên quan',
    assignments: 'Giao nhiệm vụ',
    lead: 'Chủ trì',
    coordinating: 'Phối hợp',
    due: 'Hạn',
    amendments: 'Sửa đổi',
  },
  en: {
    heading: 'Minutes',
    version: (v: number) => `Version ${v}`,
    draft: 'DRAFT',
    when: 'When',
    where: 'Where',
    attendees: 'Attendees',
    summary: 'Summary',
    agenda: 'Agenda',
    decisions: 'Decisions',
    issues: 'Related issues',
    assignments: 'Assignments',
    lead: 'Lead',
    coordinating: 'Coordinating',
    due: 'Due',
    amendments: 'Amendments',
  },
} as const;

interface ExportData {
  title: string;
  startsAt: Date;
  timezone: string;
  place: string | null;
  status: string;
  version: number;
  summary: string | null;
  /** name null: a member who has since deleted their account (shown as a former member). */
  attendees: { name: string | null; organization: string | null }[];
  agenda: { position: number; title: string; note: string | null }[];
  decisions: { position: number; text: string; issues: string[] }[];
  assignments: { title: string; lead: string; coordinating: string[]; dueOn: string }[];
  amendments: { version: number; reason: string; at: Date }[];
}

/** Minutes as Markdown and as a printable HTML page, in Vietnamese or English. */
@Injectable()
export class MinutesExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly minutes: MinutesService,
  ) {}

  async markdown(viewer: Actor | null, meetupId: string, locale: ExportLocale): Promise<string> {
    const data = await this.load(viewer, meetupId);
    const c = COPY[locale];
    const lines = [
      `# ${c.heading}: ${data.title}`,
      '',
      `${data.status === 'DRAFT' ? c.draft : c.version(data.version)}`,
      '',
      `**${c.when}:** ${formatLocalDateTime(data.startsAt, data.timezone, locale)}  `,
      ...(data.place ? [`**${c.where}:** ${data.place}`] : []),
      '',
    ];
    if (data.attendees.length)
      lines.push(`## ${c.attendees}`, '', ...data.attendees.map((a) => `- ${displayName(a, locale)}${a.organization ? ` (${a.organization})` : ''}`), '');
    if (data.summary) lines.push(`## ${c.summary}`, '', data.summary, '');
    if (data.agenda.length) {
      lines.push(`## ${c.agenda}`, '');
      for (const item of data.agenda) lines.push(`${item.position}. ${item.title}${item.note ? `\n   ${item.note.replace(/\n/g, '\n   ')}` : ''}`);
      lines.push('');
    }
    if (data.decisions.length) {
      lines.push(`## ${c.decisions}`, '');
      for (const d of data.decisions) {
        lines.push(`${d.position}. ${d.text.replace(/\n/g, '\n   ')}`);
        if (d.issues.length) lines.push(`   ${c.issues}: ${d.issues.join('; ')}`);
      }
      lines.push('');
    }
    if (data.assignments.length) {
      lines.push(`## ${c.assignments}`, '');
      for (const a of data.assignments) {
        const due = formatLocalDate(a.dueOn, 'UTC', locale);
        lines.push(`- ${a.title} — ${c.lead}: ${a.lead}${a.coordinating.length ? `; ${c.coordinating}: ${a.coordinating.join(', ')}` : ''}; ${c.due}: ${due}`);
      }
      lines.push('');
    }
    if (data.amendments.length) {
      lines.push(
        `## ${c.amendments}`,
        '',
        ...data.amendments.map((a) => `- ${c.version(a.version)} (${formatLocalDate(a.at, data.timezone, locale)}): ${a.reason}`),
        '',
      );
    }
    return lines.join('\n');
  }

  async html(viewer: Actor | null, meetupId: string, locale: ExportLocale): Promise<string> {
    const data = await this.load(viewer, meetupId);
    const c = COPY[locale];
    const list = (items: string[], ordered = false) =>
      items.length ? `<${ordered ? 'ol' : 'ul'}>${items.map((i) => `<li>${i}</li>`).join('')}</${ordered ? 'ol' : 'ul'}>` : '';
    return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(`${c.heading}: ${data.title}`)}</title>
<style>body{font-family:'Times New Roman',serif;max-width:800px;margin:24px auto;padding:0 16px;line-height:1.5}h1{font-size:22px}h2{font-size:17px;margin-top:24px}@media print{body{margin:0}}</style>
</head><body>
<h1>${escapeHtml(`${c.heading}: ${data.title}`)}</h1>
<p><em>${escapeHtml(data.status === 'DRAFT' ? c.draft : c.version(data.version))}</em></p>
<p><strong>${c.when}:</strong> ${escapeHtml(formatLocalDateTime(data.startsAt, data.timezone, locale))}${data.place ? `<br><strong>${c.where}:</strong> ${escapeHtml(data.place)}` : ''}</p>
${data.attendees.length ? `<h2>${c.attendees}</h2>${list(data.attendees.map((a) => escapeHtml(`${displayName(a, locale)}${a.organization ? ` (${a.organization})` : ''}`)))}` : ''}
${data.summary ? `<h2>${c.summary}</h2><p>${escapeHtml(data.summary).replace(/\n/g, '<br>')}</p>` : ''}
${
  data.agenda.length
    ? `<h2>${c.agenda}</h2>${list(
        data.agenda.map((i) => `${escapeHtml(i.title)}${i.note ? `<br><small>${escapeHtml(i.note)}</small>` : ''}`),
        true,
      )}`
    : ''
}
${
  data.decisions.length
    ? `<h2>${c.decisions}</h2>${list(
        data.decisions.map((d) => `${escapeHtml(d.text)}${d.issues.length ? `<br><small>${c.issues}: ${escapeHtml(d.issues.join('; '))}</small>` : ''}`),
        true,
      )}`
    : ''
}
${data.assignments.length ? `<h2>${c.assignments}</h2>${list(data.assignments.map((a) => escapeHtml(`${a.title} — ${c.lead}: ${a.lead}${a.coordinating.length ? `; ${c.coordinating}: ${a.coordinating.join(', ')}` : ''}; ${c.due}: ${formatLocalDate(a.dueOn, 'UTC', locale)}`)))}` : ''}
${data.amendments.length ? `<h2>${c.amendments}</h2>${list(data.amendments.map((a) => escapeHtml(`${c.version(a.version)}: ${a.reason}`)))}` : ''}
</body></html>
`;
  }

  private async load(viewer: Actor | null, meetupId: string): Promise<ExportData> {
    requireId('meetupId', meetupId);
    const minutes = await this.minutes.forMeetup(viewer, meetupId);
    if (!minutes) throw DomainError.notFound('Minutes of meetup', meetupId);
    const [meetup] = await this.dataSource.query('SELECT title, starts_at, timezone, venue, venue_address FROM meetups WHERE id = $1', [meetupId]);
    const attendees: { name: string | null; organization: string | null }[] = await this.dataSource.query(
      `SELECT m.name, o.short_name AS organization FROM members m LEFT JOIN affiliations af ON af.member_id = m.id AND af.status = 'CONFIRMED' LEFT JOIN organizations o ON o.id = af.organization_id WHERE m.id = ANY($1) ORDER BY m.name NULLS LAST`,
      [minutes.attendeeIds],
    );
    const agendaRows: { id: string; position: number; title: string }[] = await this.dataSource.query(
      'SELECT id, position, title FROM agenda_items WHERE meetup_id = $1 ORDER BY position',
      [meetupId],
    );
    const notes = new Map(minutes.itemNotes.map((n) => [n.agendaItemId, n.note]));
    const [decisions] = await this.minutes.decisionsOf([minutes.id]);
    // Hidden issues are named only to organizers.
    const issueTitles: { id: string; title: string }[] = await this.dataSource.query(
      'SELECT id, title FROM issues WHERE id = ANY($1) AND (hidden_at IS NULL OR $2)',
      [decisions.flatMap((d) => d.issueIds), !!viewer && hasRole(viewer.role, 'ORGANIZER')],
    );
    const titleOf = new Map(issueTitles.map((i) => [i.id, i.title]));
    const assignments: { title: string; lead: string; coordinating: string[]; due_on: string }[] = await this.dataSource.query(
      `SELECT a.title, coalesce(o.short_name, o.name) AS lead, a.due_on,
              coalesce(array_agg(coalesce(co.short_name, co.name) ORDER BY co.name) FILTER (WHERE co.id IS NOT NULL), '{}') AS coordinating
       FROM assignments a JOIN organizations o ON o.id = a.lead_organization_id
       LEFT JOIN assignment_coordinators ac ON ac.assignment_id = a.id LEFT JOIN organizations co ON co.id = ac.organization_id
       WHERE a.decision_id = ANY($1) OR (a.meetup_id = $2 AND a.decision_id IS NULL)
       GROUP BY a.id, o.short_name, o.name ORDER BY a.due_on, a.title`,
      [decisions.map((d) => d.id), meetupId],
    );
    const versions = await this.minutes.versionsOf(minutes.id);
    return {
      title: meetup.title,
      startsAt: meetup.starts_at,
      timezone: meetup.timezone,
      place: [meetup.venue, meetup.venue_address].filter(Boolean).join(', ') || null,
      status: minutes.status,
      version: minutes.version,
      summary: minutes.summary,
      attendees,
      agenda: agendaRows.map((i) => ({ position: i.position, title: i.title, note: notes.get(i.id) ?? null })),
      decisions: decisions.map((d) => ({
        position: d.position,
        text: d.text,
        issues: d.issueIds.map((id) => titleOf.get(id)).filter((t): t is string => !!t),
      })),
      assignments: assignments.map((a) => ({ title: a.title, lead: a.lead, coordinating: a.coordinating, dueOn: a.due_on })),
      amendments: versions.filter((v) => v.reason).map((v) => ({ version: v.version, reason: v.reason as string, at: v.publishedAt })),
    };
  }
}
