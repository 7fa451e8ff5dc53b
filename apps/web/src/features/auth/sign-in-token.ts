/** The one-time token from the e-mailed link: `/sign-in#token=…` (also accepts a bare `#…`). */
export function signInTokenFrom(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment) return null;
  const params = new URLSearchParams(fragment);
  const token = params.get('token') ?? (fragment.includes('=') ? null : fragment);
  return token && /^[A-Za-z0-9_-]{16,200}$/.test(token) ? token : null;
}
