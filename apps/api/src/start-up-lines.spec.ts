import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@app/config';
import { startUpLines } from './start-up-lines';

describe('the start-up log’s last lines', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'meetups-start-'));

  it('in development: the URL, the development admin, and the mail page', () => {
    expect(startUpLines(loadConfig({}, cwd), 'captured')).toEqual([
      'open http://localhost:3000',
      'sign in as admin@meetups.local to reach /organize (the development admin; ADMIN_EMAILS replaces it)',
      `mail is not sent out: read it at http://localhost:3000/dev/mail (kept in ${join(cwd, 'var', 'mail')})`,
    ]);
  });

  it('in production: the addresses ADMIN_EMAILS names, or none, and the SMTP server', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 's'.repeat(40), PUBLIC_URL: 'https://gapmat.example.vn', SMTP_URL: 'smtp://mail:25' };
    expect(startUpLines(loadConfig(production, cwd), 'SMTP smtp://mail:25')).toEqual([
      'open https://gapmat.example.vn',
      'no admin address: set ADMIN_EMAILS to the addresses that become ADMIN when they sign in',
      'mail: SMTP smtp://mail:25',
    ]);
    expect(startUpLines(loadConfig({ ...production, ADMIN_EMAILS: 'a@vien.example,b@vien.example' }, cwd), 'x')[1]).toBe(
      'sign in as a@vien.example or b@vien.example to reach /organize (ADMIN_EMAILS)',
    );
  });
});
