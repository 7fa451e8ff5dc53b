import { formatLocalDate, formatLocalDateTime } from './dates';
import { RenderedMail, escapeHtml, htmlLayout } from './render';
import { HUE_TIME_ZONE } from '@app/core';

export interface DigestMeetup {
  title: string;
  startsAt: Date;
  timezone: string;
  place: string | null;
  /** The meetup's page in the web app. */
  url: string;
  agenda: string[];
  myStatus: 'GOING' | 'WAITLISTED' | 'NOT_GOING' | null;
  goingUrl: string;
  notGoingUrl: string;
}

export interface DigestData {
  locale: 'vi' | 'en';
  name: string;
  weekLabel: string;
  meetups: DigestMeetup[];
  newIssues: { title: string; kind: string; url: string }[];
  minutes: { meetupTitle: string; date: Date; timezone: string; url: string }[];
  assignments: { title: string; dueOn: string; overdue: boolean; organization: string }[];
  resolvedIssues: { title: string; response: string | null; url: string }[];
  /** Drafts open for comments now; closingSoon: they close within the coming week. */
  consultations?: { title: string; closesAt: Date; closingSoon: boolean; url: string }[];
}

const COPY = {
  vi: {
    subject: (week: string) => `Bản tin Gặp mặt thứ Bảy — ${week}`,
    greeting: (name: string) => `Xin chào ${name},`,
    meetups: 'Buổi gặp sắp tới',
    agenda: 'Chương trình',
    status: { GOING: 'Bạn đã đăng ký tham dự', WAITLISTED: 'Bạn đang trong danh sách chờ', NOT_GOING: 'Bạn đã báo không tham dự' },
    going: 'Tôi sẽ tham dự',
    notGoing: 'Tôi không tham dự',
    newIssues: 'Vấn đề mới được nêu',
    minutes: 'Biên bản mới công bố',
    assignments: 'Nhiệm vụ của đơn vị bạn (hạn trong 14 ngày hoặc quá hạn)',
    overdue: 'QUÁ HẠN',
    due: 'hạn',
    resolved: 'Vấn đề đã được giải quyết',
    consultations: 'Dự thảo đang lấy ý kiến',
    closes: 'hạn góp ý',
    closingSoon: 'SẮP HẾT HẠN GÓP Ý',
  },
  en: {
    subject: (week: string) => `Saturday meetups digest — ${week}`,
    greeting: (name: string) => `Hello ${name},`,
    meetups: 'Coming meetups',
    agenda: 'Agenda',
    status: { GOING: 'You are going', WAITLISTED: 'You are on the waitlist', NOT_GOING: 'You said you are not going' },
    going: "I'm going",
    notGoing: "I'm not going",
    newIssues: 'Issues raised',
    minutes: 'Minutes published',
    assignments: "Your organisation's assignments (due within 14 days or overdue)",
    overdue: 'OVERDUE',
    due: 'due',
    resolved: 'Issues resolved',
    consultations: 'Drafts open for comments',
    closes: 'comments until',
    closingSoon: 'CLOSING SOON',
  },
} as const;

/** The weekly digest; sections with nothing in them are left out. */
export function renderDigestMail(data: DigestData): RenderedMail {
  const c = COPY[data.locale];
  const text: string[] = [c.greeting(data.name), ''];
  const html: string[] = [`<p>${escapeHtml(c.greeting(data.name))}</p>`];
  const section = (title: string, lines: string[], htmlItems: string[]) => {
    if (lines.length === 0) return;
    text.push(`== ${title} ==`, ...lines, '');
    html.push(`<h2 style="font-size:16px;">${escapeHtml(title)}</h2><ul>${htmlItems.map((i) => `<li>${i}</li>`).join('')}</ul>`);
  };
  section(
    c.meetups,
    data.meetups.flatMap((m) => [
      `* ${m.title} — ${formatLocalDateTime(m.startsAt, m.timezone, data.locale)}${m.place ? ` — ${m.place}` : ''}: ${m.url}`,
      ...(m.agenda.length ? [`  ${c.agenda}: ${m.agenda.join('; ')}`] : []),
      ...(m.myStatus ? [`  ${c.status[m.myStatus]}`] : []),
      `  ${c.going}: ${m.goingUrl}`,
      `  ${c.notGoing}: ${m.notGoingUrl}`,
    ]),
    data.meetups.map(
      (m) =>
        `<strong><a href="${escapeHtml(m.url)}">${escapeHtml(m.title)}</a></strong> — ${escapeHtml(formatLocalDateTime(m.startsAt, m.timezone, data.locale))}${m.place ? ` — ${escapeHtml(m.place)}` : ''}` +
        (m.agenda.length ? `<br>${escapeHtml(c.agenda)}: ${escapeHtml(m.agenda.join('; '))}` : '') +
        (m.myStatus ? `<br><em>${escapeHtml(c.status[m.myStatus])}</em>` : '') +
        `<br><a href="${escapeHtml(m.goingUrl)}">${escapeHtml(c.going)}</a> · <a href="${escapeHtml(m.notGoingUrl)}">${escapeHtml(c.notGoing)}</a>`,
    ),
  );
  section(
    c.newIssues,
    data.newIssues.map((i) => `* [${i.kind}] ${i.title}: ${i.url}`),
    data.newIssues.map((i) => `<a href="${escapeHtml(i.url)}">${escapeHtml(i.title)}</a> <small>(${escapeHtml(i.kind)})</small>`),
  );
  section(
    c.minutes,
    data.minutes.map((m) => `* ${m.meetupTitle} (${formatLocalDate(m.date, m.timezone, data.locale)}): ${m.url}`),
    data.minutes.map(
      (m) => `<a href="${escapeHtml(m.url)}">${escapeHtml(m.meetupTitle)}</a> (${escapeHtml(formatLocalDate(m.date, m.timezone, data.locale))})`,
    ),
  );
  section(
    c.assignments,
    data.assignments.map(
      (a) => `* ${a.overdue ? `[${c.overdue}] ` : ''}${a.title} (${a.organization}) — ${c.due} ${formatLocalDate(a.dueOn, 'UTC', data.locale)}`,
    ),
    data.assignments.map(
      (a) =>
        `${a.overdue ? `<strong style="color:#b42318;">${c.overdue}</strong> ` : ''}${escapeHtml(a.title)} (${escapeHtml(a.organization)}) — ${c.due} ${escapeHtml(formatLocalDate(a.dueOn, 'UTC', data.locale))}`,
    ),
  );
  section(
    c.resolved,
    data.resolvedIssues.map((i) => `* ${i.title}${i.response ? ` — ${i.response}` : ''}: ${i.url}`),
    data.resolvedIssues.map((i) => `<a href="${escapeHtml(i.url)}">${escapeHtml(i.title)}</a>${i.response ? ` — <em>${escapeHtml(i.response)}</em>` : ''}`),
  );
  const consultations = data.consultations ?? [];
  const closes = (at: Date) => formatLocalDateTime(at, HUE_TIME_ZONE, data.locale);
  section(
    c.consultations,
    consultations.map((k) => `* ${k.closingSoon ? `[${c.closingSoon}] ` : ''}${k.title} — ${c.closes} ${closes(k.closesAt)}: ${k.url}`),
    consultations.map(
      (k) =>
        `${k.closingSoon ? `<strong>${c.closingSoon}</strong> ` : ''}<a href="${escapeHtml(k.url)}">${escapeHtml(k.title)}</a> — ${c.closes} ${escapeHtml(closes(k.closesAt))}`,
    ),
  );
  const subject = c.subject(data.weekLabel);
  return { subject, text: text.join('\n'), html: htmlLayout(data.locale, subject, html.join('\n')) };
}
