import { formatLocalDateTime } from './dates';
import { RenderedMail, escapeHtml, htmlLayout } from './render';

export interface RsvpMailData {
  locale: 'vi' | 'en';
  name: string;
  meetupTitle: string;
  startsAt: Date;
  timezone: string;
  place: string | null;
  status: 'GOING' | 'WAITLISTED' | 'NOT_GOING';
  guests: number;
  waitlistPosition: number | null;
  meetupUrl: string;
}

const COPY = {
  vi: {
    confirmed: (title: string) => `Đã đăng ký: ${title}`,
    waitlisted: (title: string) => `Danh sách chờ: ${title}`,
    promoted: (title: string) => `Bạn đã có chỗ: ${title}`,
    greeting: (name: string) => `Xin chào ${name},`,
    going: (guests: number) => (guests > 0 ? `Bạn đã đăng ký tham dự cùng ${guests} khách.` : 'Bạn đã đăng ký tham dự.'),
    waiting: (position: number | null) => `Buổi gặp đã đủ chỗ; bạn ở vị trí ${position ?? '?'} trong danh sách chờ. Chúng tôi sẽ báo khi có chỗ.`,
    promotedBody: 'Đã có chỗ trống: bạn được chuyển từ danh sách chờ sang danh sách tham dự.',
    when: 'Thời gian',
    where: 'Địa điểm',
    calendar: 'Tệp lịch (.ics) được đính kèm để thêm vào lịch của bạn.',
    change: 'Nếu không thể tham dự, vui lòng hủy đăng ký để nhường chỗ cho người khác:',
  },
  en: {
    confirmed: (title: string) => `You're going: ${title}`,
    waitlisted: (title: string) => `Waitlisted: ${title}`,
    promoted: (title: string) => `You have a seat: ${title}`,
    greeting: (name: string) => `Hello ${name},`,
    going: (guests: number) => (guests > 0 ? `You are going, with ${guests} guest(s).` : 'You are going.'),
    waiting: (position: number | null) => `The meetup is full; you are number ${position ?? '?'} on the waitlist. We will tell you when a seat frees up.`,
    promotedBody: 'A seat freed up: you moved from the waitlist to the attendee list.',
    when: 'When',
    where: 'Where',
    calendar: 'The calendar file (.ics) is attached to add it to your calendar.',
    change: 'If you cannot come, please withdraw so someone else can have the seat:',
  },
} as const;

export function renderRsvpMail(kind: 'confirmed' | 'promoted', data: RsvpMailData): RenderedMail {
  const copy = COPY[data.locale];
  const subject =
    kind === 'promoted' ? copy.promoted(data.meetupTitle) : data.status === 'WAITLISTED' ? copy.waitlisted(data.meetupTitle) : copy.confirmed(data.meetupTitle);
  const body = kind === 'promoted' ? copy.promotedBody : data.status === 'WAITLISTED' ? copy.waiting(data.waitlistPosition) : copy.going(data.guests);
  const when = formatLocalDateTime(data.startsAt, data.timezone, data.locale);
  const text = [
    copy.greeting(data.name),
    '',
    body,
    '',
    `${copy.when}: ${when}`,
    ...(data.place ? [`${copy.where}: ${data.place}`] : []),
    '',
    copy.calendar,
    copy.change,
    data.meetupUrl,
    '',
  ].join('\n');
  const html = htmlLayout(
    data.locale,
    subject,
    `<p>${escapeHtml(copy.greeting(data.name))}</p>
<p>${escapeHtml(body)}</p>
<p><strong>${escapeHtml(copy.when)}:</strong> ${escapeHtml(when)}${data.place ? `<br><strong>${escapeHtml(copy.where)}:</strong> ${escapeHtml(data.place)}` : ''}</p>
<p style="color:#52606d;">${escapeHtml(copy.calendar)} ${escapeHtml(copy.change)} <a href="${escapeHtml(data.meetupUrl)}">${escapeHtml(data.meetupUrl)}</a></p>`,
  );
  return { subject, text, html };
}
