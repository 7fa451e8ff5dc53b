import 'reflect-metadata';
import { loadConfigOrExit } from '@app/config';
import { createJsonLogger, createProcessLog } from '@app/core';
import { migrateDatabase, openDatabase } from '@app/database';
import { createWorkerContext } from '@app/jobs';

/** The worker on its own, for deployments that run api and worker apart (docker/compose.yaml). */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const log = createProcessLog(config.logLevel, 'WorkerMain');
  const database = await openDatabase(config, log);
  await migrateDatabase(database.url, log);
  const worker = await createWorkerContext({ config, databaseUrl: database.url }, createJsonLogger(config.logLevel));

  const stop = async (signal: string) => {
    log(`${signal}: stopping`);
    await worker.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`worker start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
