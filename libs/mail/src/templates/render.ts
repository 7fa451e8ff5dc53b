/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** The common HTML frame of every message. */
export function htmlLayout(lang: string, title: string, bodyHtml: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family: -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; line-height: 1.5; color: #1f2933; max-width: 560px; margin: 0 auto; padding: 16px;">
${bodyHtml}
</body>
</html>
`;
}
