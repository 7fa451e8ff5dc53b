import { RenderedMail, escapeHtml, htmlLayout } from './render';

export interface SignInMailData {
  locale: 'vi' | 'en';
  name: string | null;
  link: string;
  token: string;
  validMinutes: number;
}

const COPY = {
  vi: {
    subject: 'Đăng nhập Gặp mặt thứ Bảy',
    greeting: (name: string | null) => (name ? `Xin chào ${name},` : 'Xin chào,'),
    intro: 'Bấm vào liên kết dưới đây để đăng nhập. Liên kết chỉ dùng được một lần.',
    button: 'Đăng nhập',
    code: 'Hoặc dán mã này vào ứng dụng:',
    expiry: (minutes: number) => `Liên kết hết hạn sau ${minutes} phút.`,
    ignore: 'Nếu bạn không yêu cầu đăng nhập, hãy bỏ qua thư này.',
  },
  en: {
    subject: 'Sign in to Saturday Meetups',
    greeting: (name: string | null) => (name ? `Hello ${name},` : 'Hello,'),
    intro: 'Follow the link below to sign in. It works once.',
    button: 'Sign in',
    code: 'Or paste this code into the app:',
    expiry: (minutes: number) => `The link expires in ${minutes} minutes.`,
    ignore: 'If you did not ask to sign in, ignore this e-mail.',
  },
} as const;

export function renderSignInMail(data: SignInMailData): RenderedMail {
  const copy = COPY[data.locale];
  const text = [copy.greeting(data.name), '', copy.intro, data.link, '', copy.code, data.token, '', copy.expiry(data.validMinutes), copy.ignore, ''].join('\n');
  const html = htmlLayout(
    data.locale,
    copy.subject,
    `<p>${escapeHtml(copy.greeting(data.name))}</p>
<p>${escapeHtml(copy.intro)}</p>
<p><a href="${escapeHtml(data.link)}" style="display:inline-block;padding:10px 18px;background:#0b6e4f;color:#fff;text-decoration:none;border-radius:4px;">${escapeHtml(copy.button)}</a></p>
<p>${escapeHtml(copy.code)}<br><code style="font-size:14px;">${escapeHtml(data.token)}</code></p>
<p style="color:#52606d;">${escapeHtml(copy.expiry(data.validMinutes))} ${escapeHtml(copy.ignore)}</p>`,
  );
  return { subject: copy.subject, text, html };
}
