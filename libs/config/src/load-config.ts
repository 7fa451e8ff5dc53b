import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { AppConfig, NodeEnv } from './app-config';

/** A configuration value that is missing or malformed; its message names the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Who is admin outside production when ADMIN_EMAILS is unset: one address nobody outside this
 * machine can receive mail at (the `.local` domain is never delegated), so a newcomer signs in
 * as admin through the captured mail at once. Production has no default admin.
 */
export const DEVELOPMENT_ADMIN_EMAIL = 'admin@meetups.local';

function text(env: Env, name: string): string | undefined {
  const value = env[name];
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be an integer from ${min} to ${max} (got "${raw}")`);
  }
  return Number(raw);
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = text(env, name);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be a URL (got "${redact(raw)}")`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')} (got "${parsed.protocol}//…")`);
  }
  return raw;
}

/** Keeps passwords in connection strings out of error messages and logs. */
export function redact(connection: string): string {
  return connection.replace(/\/\/([^:/@]+):([^@]*)@/, '//$1:***@');
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** An address, or a CIDR range with a prefix that fits its family. */
function isAddressOrRange(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: `loopback` by default (a proxy on the same machine). Never plain `true`: that
 * would let any client that reaches the api directly choose the address its limits count under.
 */
function trustProxy(env: Env): string[] | number | false {
  const raw = text(env, 'TRUST_PROXY');
  if (raw === undefined) return ['loopback'];
  if (/^(false|none|off)$/i.test(raw)) return false;
  if (/^\d+$/.test(raw)) {
    if (Number(raw) < 1 || Number(raw) > 10) throw new ConfigError('TRUST_PROXY', `as a hop count must be from 1 to 10 (got "${raw}")`);
    return Number(raw);
  }
  const entries = raw
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  for (const entry of entries) {
    if (!PROXY_NAMES.includes(entry) && !isAddressOrRange(entry)) {
      throw new ConfigError(
        'TRUST_PROXY',
        `must be false, a hop count, or comma-separated ${PROXY_NAMES.join(', ')}, addresses or CIDR ranges (got "${entry}")`,
      );
    }
  }
  return entries;
}

function nodeEnv(env: Env): NodeEnv {
  const raw = text(env, 'NODE_ENV') ?? 'development';
  if (raw !== 'development' && raw !== 'test' && raw !== 'production') {
    throw new ConfigError('NODE_ENV', `must be development, test or production (got "${raw}")`);
  }
  return raw;
}

function jwtSecret(env: Env, mode: NodeEnv, varDir: string): string {
  const given = text(env, 'JWT_SECRET');
  if (given !== undefined) {
    if (given.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
    return given;
  }
  if (mode === 'production') throw new ConfigError('JWT_SECRET', 'is required when NODE_ENV=production');
  // Development: one secret per checkout, kept so that tokens survive restarts.
  const file = join(varDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(varDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

/**
 * Reads the environment (the variables of docs/OPERATIONS.md) into a typed object.
 * Throws a ConfigError naming the first variable that is wrong.
 */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): AppConfig {
  const mode = nodeEnv(env);
  const varDirRaw = text(env, 'VAR_DIR') ?? 'var';
  const varDir = isAbsolute(varDirRaw) ? varDirRaw : resolve(cwd, varDirRaw);
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const publicUrl = (url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(/\/+$/, '');

  const from = text(env, 'MAIL_FROM') ?? 'Gặp mặt thứ Bảy <no-reply@meetups.local>';
  const address = /<([^>]+)>\s*$/.exec(from)?.[1] ?? from;
  if (!EMAIL.test(address)) throw new ConfigError('MAIL_FROM', `must be an e-mail address, optionally as "Name <address>" (got "${from}")`);

  const adminEmails = (text(env, 'ADMIN_EMAILS') ?? (mode === 'production' ? '' : DEVELOPMENT_ADMIN_EMAIL))
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '');
  for (const email of adminEmails) {
    if (!EMAIL.test(email)) throw new ConfigError('ADMIN_EMAILS', `must be comma-separated e-mail addresses (got "${email}")`);
  }

  const logLevel = text(env, 'LOG_LEVEL') ?? (mode === 'test' ? 'warn' : 'info');
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of fatal, error, warn, info, debug, trace, silent (got "${logLevel}")`);
  }

  const smtpUrl = url(env, 'SMTP_URL', ['smtp:', 'smtps:']) ?? null;
  return {
    nodeEnv: mode,
    isProduction: mode === 'production',
    port,
    publicUrl,
    varDir,
    webAppDir: resolve(cwd, text(env, 'WEB_APP_DIR') ?? join('dist', 'web')),
    logLevel,
    trustProxy: trustProxy(env),
    runWorker: boolean(env, 'RUN_WORKER', true),
    seedNewDatabase: boolean(env, 'SEED', true) && mode !== 'production',
    countQueries: boolean(env, 'COUNT_QUERIES', false),
    graphqlJit: boolean(env, 'GRAPHQL_JIT', true),
    feedCacheEntries: integer(env, 'FEED_CACHE_ENTRIES', 500, 0, 100000),
    feedRevalidateSeconds: integer(env, 'FEED_REVALIDATE_SECONDS', 30, 0, 3600),
    database: {
      url: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']) ?? null,
      embeddedPort: integer(env, 'EMBEDDED_POSTGRES_PORT', 54329, 1, 65535),
      poolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
      acquireTimeoutMs: integer(env, 'DATABASE_ACQUIRE_TIMEOUT_MS', 5000, 100, 60000),
    },
    mail: {
      smtpUrl,
      from,
      captureDir: join(varDir, 'mail'),
      devMailPage: mode !== 'production' && smtpUrl === null,
    },
    auth: {
      jwtSecret: jwtSecret(env, mode, varDir),
      accessTokenTtlSeconds: integer(env, 'ACCESS_TOKEN_TTL_SECONDS', 30 * 24 * 3600, 60, 365 * 24 * 3600),
      signInTokenTtlSeconds: 15 * 60,
      adminEmails,
      signInRequestsPerAddressPerHour: integer(env, 'SIGN_IN_LIMIT_PER_ADDRESS', 5, 1, 100000),
      signInRequestsPerClientPerHour: integer(env, 'SIGN_IN_LIMIT_PER_CLIENT', 30, 1, 100000),
      mutationsPerMemberPerMinute: integer(env, 'MUTATION_LIMIT_PER_MINUTE', 120, 1, 100000),
    },
  };
}

/** For entry points: the configuration, or one line naming the bad variable and exit code 1. */
export function loadConfigOrExit(env: Env = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
