import { RenderedMail, escapeHtml, htmlLayout } from './render';

export interface NoticeMailData {
  locale: 'vi' | 'en';
  subject: string;
  name: string;
  paragraphs: string[];
  link?: { label: string; url: string } | null;
  /** Further links after the main one (e.g. "I can't come after all" in a reminder). */
  moreLinks?: { label: string; url: string }[];
}

const GREETING = { vi: (name: string) => `Xin chào ${name},`, en: (name: string) => `Hello ${name},` };
const FOOTER = {
  vi: 'Bạn nhận thư này vì tham gia Gặp mặt thứ Bảy. Có thể tắt loại thư này bằng liên kết hủy đăng ký.',
  en: 'You receive this because you take part in the Saturday meetups. Turn this kind of e-mail off with the unsubscribe link.',
};

/** A short notice (a change, a publication, a reminder): the same frame in text and HTML. */
export function renderNoticeMail(data: NoticeMailData): RenderedMail {
  const text = [
    GREETING[data.locale](data.name),
    '',
    ...data.paragraphs.flatMap((p) => [p, '']),
    ...(data.link ? [`${data.link.label}: ${data.link.url}`, ''] : []),
    ...(data.moreLinks ?? []).flatMap((l) => [`${l.label}: ${l.url}`, '']),
    FOOTER[data.locale],
    '',
  ].join('\n');
  const html = htmlLayout(
    data.locale,
    data.subject,
    `<p>${escapeHtml(GREETING[data.locale](data.name))}</p>
${data.paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n')}
${data.link ? `<p><a href="${escapeHtml(data.link.url)}">${escapeHtml(data.link.label)}</a></p>` : ''}
${(data.moreLinks ?? []).map((l) => `<p><a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a></p>`).join('\n')}
<p style="color:#52606d;font-size:12px;">${escapeHtml(FOOTER[data.locale])}</p>`,
  );
  return { subject: data.subject, text, html };
}
