import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, DEVELOPMENT_ADMIN_EMAIL, loadConfig } from './load-config';

describe('loadConfig', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'meetups-config-'));

  it('applies the defaults of the environment contract', () => {
    const config = loadConfig({}, cwd);
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      varDir: join(cwd, 'var'),
      database: { url: null },
      mail: { smtpUrl: null, captureDir: join(cwd, 'var', 'mail'), devMailPage: true },
      auth: { adminEmails: ['admin@meetups.local'], signInTokenTtlSeconds: 900 },
      seedNewDatabase: true,
    });
  });

  it('has a development admin and a mail page only outside production, and the page only without SMTP_URL', () => {
    const secret = { JWT_SECRET: 's'.repeat(40) };
    expect(loadConfig({ NODE_ENV: 'test' }, cwd)).toMatchObject({ auth: { adminEmails: [DEVELOPMENT_ADMIN_EMAIL] }, mail: { devMailPage: true } });
    expect(loadConfig({ SMTP_URL: 'smtp://mail:1025' }, cwd)).toMatchObject({ auth: { adminEmails: [DEVELOPMENT_ADMIN_EMAIL] }, mail: { devMailPage: false } });
    expect(loadConfig({ ADMIN_EMAILS: 'boss@vien.example' }, cwd).auth.adminEmails).toEqual(['boss@vien.example']);
    const production = loadConfig({ NODE_ENV: 'production', ...secret }, cwd);
    expect(production).toMatchObject({ auth: { adminEmails: [] }, mail: { smtpUrl: null, devMailPage: false }, seedNewDatabase: false });
  });

  it('loads the demo data into a new embedded database unless SEED=false', () => {
    expect(loadConfig({ SEED: 'false' }, cwd).seedNewDatabase).toBe(false);
    expect(loadConfig({ SEED: 'true' }, cwd).seedNewDatabase).toBe(true);
    expect(loadConfig({ SEED: 'true', NODE_ENV: 'production', JWT_SECRET: 's'.repeat(40) }, cwd).seedNewDatabase).toBe(false);
  });

  it('generates a development JWT secret once and keeps it under ./var', () => {
    const first = loadConfig({}, cwd).auth.jwtSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(cwd, 'var', 'jwt-secret'), 'utf8').trim()).toBe(first);
    expect(loadConfig({}, cwd).auth.jwtSecret).toBe(first);
  });

  it('reads the variables', () => {
    const config = loadConfig(
      {
        DATABASE_URL: 'postgres://u:p@db:5432/meetups',
        SMTP_URL: 'smtp://mail:1025',
        PORT: '8080',
        PUBLIC_URL: 'https://gapmat.example.vn/',
        ADMIN_EMAILS: ' A@Example.org , b@example.org ',
        JWT_SECRET: 's'.repeat(40),
        NODE_ENV: 'production',
      },
      cwd,
    );
    expect(config).toMatchObject({
      isProduction: true,
      port: 8080,
      publicUrl: 'https://gapmat.example.vn',
      database: { url: 'postgres://u:p@db:5432/meetups' },
      mail: { smtpUrl: 'smtp://mail:1025' },
      auth: { adminEmails: ['a@example.org', 'b@example.org'], jwtSecret: 's'.repeat(40) },
    });
  });

  it.each([
    [undefined, ['loopback']],
    ['false', false],
    ['1', 1],
    ['loopback, uniquelocal', ['loopback', 'uniquelocal']],
    ['172.16.0.0/12,10.0.0.7,fd00::/8', ['172.16.0.0/12', '10.0.0.7', 'fd00::/8']],
  ])('reads TRUST_PROXY=%j as %j (who may name the client in X-Forwarded-For)', (value, expected) => {
    expect(loadConfig(value === undefined ? {} : { TRUST_PROXY: value }, cwd).trustProxy).toEqual(expected);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL'],
    [{ PUBLIC_URL: 'ftp://x' }, 'PUBLIC_URL'],
    [{ ADMIN_EMAILS: 'a@example.org,nope' }, 'ADMIN_EMAILS'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ MAIL_FROM: 'nobody' }, 'MAIL_FROM'],
    [{ RUN_WORKER: 'maybe' }, 'RUN_WORKER'],
    [{ SEED: 'later' }, 'SEED'],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '0' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: 'loopback,caddy' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '300.1.1.1' }, 'TRUST_PROXY'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => loadConfig(env, cwd)).toThrow(ConfigError);
    expect(() => loadConfig(env, cwd)).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
  });

  it('never prints the password of a connection string', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://user:secret@host/db' }, cwd)).toThrow(/^(?!.*secret)/);
  });
});
