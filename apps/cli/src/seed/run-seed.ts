import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '@app/config';
import { FixedClock } from '@app/core';
import { CliModule } from '../cli.module';
import { SeedReport, SeedService } from './seed.service';

/**
 * The demo data (`npm run seed`, and `npm start` on the embedded database it creates): the seed
 * in a context of its own, whose clock it moves to tell the examples' history. The database
 * must be migrated.
 */
export async function runSeed(config: AppConfig, databaseUrl: string): Promise<SeedReport> {
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config, databaseUrl, new FixedClock(new Date())), {
    logger: ['error', 'warn'],
  });
  try {
    return await app.get(SeedService).run();
  } finally {
    await app.close();
  }
}

/** What a run added, in one line for the log. */
export function describeSeed(report: SeedReport): string {
  const { ecosystem, examples } = report;
  const parts: [number, string][] = [
    [report.organizationsAdded + ecosystem.actorsAdded, 'organisations'],
    [report.seriesAdded, 'meetup series'],
    [report.meetupsAdded, 'meetup dates'],
    [report.minutesAdded + examples.minutesAdded, 'published minutes'],
    [report.assignmentsAdded + examples.assignmentsAdded, 'assignments'],
    [report.consultationsAdded, 'consultation'],
    [ecosystem.projectsAdded, 'startup projects'],
    [examples.membersAdded, 'example members'],
    [examples.issuesAdded, 'example issues'],
    [examples.supportsAdded, 'supports'],
    [examples.commentsAdded, 'comments'],
    [examples.agendaItemsAdded, 'agenda items'],
    [examples.rsvpsAdded, 'RSVPs for the next Saturday'],
  ];
  const added = parts.filter(([count]) => count > 0).map(([count, what]) => `${count} ${what}`);
  return added.length ? added.join(', ') : 'nothing (everything was there)';
}
