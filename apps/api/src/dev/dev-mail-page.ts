import { HUE_TIME_ZONE } from '@app/core';
import type { CapturedMail } from '@app/mail';
import { escapeHtml } from '../web/open-graph';

/**
 * The page's own policy: no script at all, inline styles (the messages carry theirs), images
 * from this origin or inline, nothing framing it. The messages' frames inherit it.
 */
export const DEV_MAIL_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * A message's frame: sandboxed without scripts, forms or same-origin rights; its links open in
 * the top window when clicked (a sign-in link then signs in this browser).
 */
const FRAME_SANDBOX = 'allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation';

/** The message's HTML part with its links aimed at the top window. */
export function framedMessage(html: string): string {
  const base = '<base target="_top">';
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}${base}`) : `${base}${html}`;
}

const TIME = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: HUE_TIME_ZONE,
});

function when(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? '' : TIME.format(at);
}

/** `/dev/mail`: the captured messages, newest first, each as its HTML part. */
export function renderDevMailPage(messages: CapturedMail[], captureDir: string): string {
  const articles = messages.map((message, index) => {
    const id = `message-${index + 1}`;
    const attachments = message.attachments.length ? ` · tệp đính kèm: ${escapeHtml(message.attachments.join(', '))}` : '';
    return `<article aria-labelledby="${id}">
<h2 id="${id}">${escapeHtml(message.subject)}</h2>
<p class="meta">Đến <strong>${escapeHtml(message.to)}</strong> · <time datetime="${escapeHtml(message.capturedAt)}">${escapeHtml(when(message.capturedAt))}</time>${attachments}</p>
<iframe title="Nội dung thư: ${escapeHtml(message.subject)} (đến ${escapeHtml(message.to)})" sandbox="${FRAME_SANDBOX}" referrerpolicy="no-referrer" srcdoc="${escapeHtml(framedMessage(message.html))}"></iframe>
</article>`;
  });
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Thư đã ghi lại (môi trường phát triển)</title>
<style>
body { font-family: -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; line-height: 1.5; color: #1f2933; margin: 0 auto; padding: 16px; max-width: 760px; }
article { border-top: 1px solid #cbd2d9; padding: 12px 0; }
h2 { font-size: 1.1rem; margin: 0 0 4px; }
.meta { color: #52606d; margin: 0 0 8px; }
iframe { width: 100%; height: 420px; border: 1px solid #cbd2d9; border-radius: 4px; background: #fff; }
</style>
</head>
<body>
<main>
<h1>Thư đã ghi lại</h1>
<p>Môi trường phát triển, không có <code>SMTP_URL</code>: thư không được gửi đi mà được ghi vào <code>${escapeHtml(captureDir)}</code>. Thư mới nhất ở trên cùng; bấm liên kết trong thư để dùng nó (ví dụ liên kết đăng nhập). <a href="/sign-in">Trang đăng nhập</a> · <a href="/dev/mail">Tải lại</a></p>
${articles.length ? articles.join('\n') : '<p>Chưa có thư nào. Hãy xin liên kết đăng nhập ở <a href="/sign-in">trang đăng nhập</a>, rồi tải lại trang này.</p>'}
</main>
</body>
</html>
`;
}
