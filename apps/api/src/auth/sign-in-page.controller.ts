import { Controller, Get, Header } from '@nestjs/common';

/**
 * Where the e-mailed link lands. The token travels in the URL fragment, which browsers never
 * send to a server, and is spent only when the person presses the button — so mail scanners
 * that open links do not use it up.
 */
@Controller('sign-in')
export class SignInPageController {
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'no-referrer')
  page(): string {
    return SIGN_IN_PAGE;
  }
}

const SIGN_IN_PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Đăng nhập · Sign in</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 520px; margin: 40px auto; padding: 0 16px;">
<h1>Gặp mặt thứ Bảy</h1>
<p>Bấm để hoàn tất đăng nhập. · Press the button to finish signing in.</p>
<button id="go" style="padding: 10px 18px;">Đăng nhập · Sign in</button>
<p id="out" role="status"></p>
<script>
const token = new URLSearchParams(location.hash.slice(1)).get('token');
document.getElementById('go').addEventListener('click', async () => {
  const out = document.getElementById('out');
  const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($t: String!) { signIn(token: $t) { accessToken member { name } } }', variables: { t: token } }) });
  const body = await res.json();
  if (body.errors) { out.textContent = body.errors[0].message; return; }
  localStorage.setItem('accessToken', body.data.signIn.accessToken);
  out.textContent = 'Xin chào ' + body.data.signIn.member.name + ' — signed in.';
  history.replaceState(null, '', location.pathname);
});
</script>
</body></html>
`;
