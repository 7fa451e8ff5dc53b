import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '@app/config';
import { createProcessLog } from '@app/core';
import { buildDataSourceOptions, migrateDatabase, openDatabase } from '@app/database';
import { SCHEMA_FILE } from '../../api/src/api.module';
import { printApiSchema } from '../../api/src/print-schema';
import { CliModule } from './cli.module';
import { generateMigration } from './generate-migration';
import { describeSeed, runSeed } from './seed/run-seed';
import { DigestService, MeetupRemindersService } from '@app/notifications';

const USAGE = 'usage: main.js migration:run | migration:revert | migration:generate <Name> | seed | digest | reminders | schema:print';

/** The project's command line: `npm run migration:*`, `npm run seed`, `npm run schema:print`. */
async function main(argv: string[]): Promise<void> {
  const [command, argument] = argv;
  if (command === 'schema:print') {
    await writeFile(SCHEMA_FILE, await printApiSchema());
    process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
    return;
  }
  if (!['migration:run', 'migration:revert', 'migration:generate', 'seed', 'digest', 'reminders'].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  const config = loadConfigOrExit();
  const log = createProcessLog(config.logLevel, 'Cli');
  const database = await openDatabase(config, log);
  try {
    if (command === 'migration:run') {
      await migrateDatabase(database.url, log);
    } else if (command === 'migration:revert') {
      const dataSource = new DataSource(buildDataSourceOptions(database.url, 2));
      await dataSource.initialize();
      await dataSource.undoLastMigration({ transaction: 'each' });
      await dataSource.destroy();
      log('reverted the last migration');
    } else if (command === 'seed') {
      await migrateDatabase(database.url, log);
      const report = await runSeed(config, database.url);
      log(`seed: added ${describeSeed(report)}`);
    } else {
      if (command === 'digest' || command === 'reminders') await migrateDatabase(database.url, log);
      const app = await NestFactory.createApplicationContext(CliModule.forRoot(config, database.url), { logger: ['error', 'warn'] });
      try {
        if (command === 'digest') {
          // The same code as the worker's Thursday schedule: each member's digest once per week.
          const report = await app.get(DigestService).runWeek();
          log(`digest: ${JSON.stringify(report)}`);
        } else if (command === 'reminders') {
          // The same code as the worker's 5-minute schedule: each reminder once per date, offset and member.
          const report = await app.get(MeetupRemindersService).run();
          log(`reminders: ${JSON.stringify(report)}`);
        } else {
          if (!argument) throw new Error('migration:generate needs a name, e.g. npm run migration:generate -- AddMeetups');
          const result = await generateMigration(app.get(DataSource), argument);
          log(result ? `wrote ${result}` : 'no changes: the entities match the database');
        }
      } finally {
        await app.close();
      }
    }
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
