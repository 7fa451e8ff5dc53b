import 'reflect-metadata';
import { loadConfigOrExit } from '@app/config';
import { createProcessLog } from '@app/core';
import { migrateDatabase, openDatabase } from '@app/database';
import { createApiApp } from './create-api-app';

/**
 * `npm start`: the database (embedded unless DATABASE_URL is set), its migrations, the api,
 * and — unless RUN_WORKER=false — the background worker, in one process.
 */
async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfigOrExit();
  const log = createProcessLog(config.logLevel, 'Main');
  const database = await openDatabase(config, log);
  log(`database: ${database.description}`);
  await migrateDatabase(database.url, log);

  const app = await createApiApp({ config, databaseUrl: database.url });
  await app.listen(config.port, '0.0.0.0');
  log(
    `api listening on ${config.publicUrl} (GraphQL at /graphql)${config.runWorker ? ' with the worker in-process' : ''}; ready in ${Date.now() - startedAt} ms`,
  );

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

main().catch((error: unknown) => {
  process.stderr.write(`start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
