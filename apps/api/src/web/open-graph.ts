/** What a link preview (Zalo, Facebook…) shows of a page. */
export interface OpenGraph {
  title: string;
  description: string;
  url: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** At most `max` characters, cut at a word, with an ellipsis. */
export function summarize(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The page shell with its title and Open Graph tags in place of `<!--og-->`; with `devMailPath`,
 * a `dev-mail` meta tag tells the app where captured mail can be read (development only).
 */
export function renderShell(shell: string, graph: OpenGraph, siteName: string, devMailPath: string | null = null): string {
  const title = escapeHtml(graph.title);
  const description = escapeHtml(graph.description);
  const tags = [
    `<meta name="description" content="${description}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="${escapeHtml(siteName)}" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:url" content="${escapeHtml(graph.url)}" />`,
    `<meta property="og:locale" content="vi_VN" />`,
    ...(devMailPath ? [`<meta name="dev-mail" content="${escapeHtml(devMailPath)}" />`] : []),
  ].join('\n    ');
  // Replacements given as functions: a string replacement would read `$&`, `$\``, `$'` in a title as
  // patterns (copying parts of the shell into the head); a function's result is inserted as it is.
  return shell.replace(/<title>[^<]*<\/title>/, () => `<title>${title}</title>`).replace('<!--og-->', () => tags);
}
