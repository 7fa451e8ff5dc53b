import 'reflect-metadata';
import { AppConfig, loadConfigOrExit } from '@app/config';
import { createProcessLog } from '@app/core';
import { migrateDatabase, openDatabase } from '@app/database';
import { MailTransport } from '@app/mail';
import { describeSeed, runSeed } from '../../cli/src/seed/run-seed';
import { createApiApp } from './create-api-app';
import { startUpLines } from './start-up-lines';

/**
 * `npm start`: the database (embedded unless DATABASE_URL is set), its migrations, the demo
 * data when it created the embedded database just now, the api, and — unless RUN_WORKER=false —
 * the background worker, in one process.
 */
async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfigOrExit();
  const log = createProcessLog(config.logLevel, 'Main');
  const database = await openDatabase(config, log);
  log(`database: ${database.description}`);
  await migrateDatabase(database.url, log);
  if (database.created) await loadDemoData(config, database.url, log);

  const app = await createApiApp({ config, databaseUrl: database.url });
  await app.listen(config.port, '0.0.0.0');
  log(
    `api listening on ${config.publicUrl} (GraphQL at /graphql)${config.runWorker ? ' with the worker in-process' : ''}; ready in ${Date.now() - startedAt} ms`,
  );
  for (const line of startUpLines(config, app.get(MailTransport).describe())) log(line);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing requests and shutting down`);
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    try {
      await app.close();
      await database.close();
    } finally {
      clearTimeout(force);
      process.exit(0);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

/**
 * The embedded database was created by this start: it gets the demo data once, as `npm run seed`
 * gives it (not in production, not with SEED=false). Later starts find the database and load nothing.
 */
async function loadDemoData(config: AppConfig, databaseUrl: string, log: (message: string) => void): Promise<void> {
  if (!config.seedNewDatabase) {
    log(`the new database is left empty (${config.isProduction ? 'NODE_ENV=production' : 'SEED=false'}); npm run seed loads the demo data`);
    return;
  }
  const startedAt = Date.now();
  try {
    const report = await runSeed(config, databaseUrl);
    log(`demo data loaded into the new database in ${Date.now() - startedAt} ms: ${describeSeed(report)} (once; SEED=false skips it)`);
  } catch (error) {
    throw new Error(`loading the demo data failed (npm run seed tries again; SEED=false skips it): ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
