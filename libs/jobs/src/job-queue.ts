import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { APP_CONFIG, AppConfig } from '@app/config';
import { DATABASE_URL } from '@app/database';
import { DeadlineRemindersService, DigestService, MeetupRemindersService, ProgressNewsService } from '@app/notifications';
import { MaintenanceJob } from './maintenance.job';
import { MeetupGenerationJob } from './meetup-generation.job';
import { HUE_TIME_ZONE } from '@app/core';

/** Scheduled work. pg-boss keeps the schedule in PostgreSQL and hands each job to exactly one worker. */
export const SCHEDULES = {
  // Hourly: each series sets its digest day and hour (default Thursday 17:00 in its zone).
  'weekly-digest': { cron: '0 * * * *', tz: 'UTC' },
  'meetup-generation': { cron: '5 * * * *', tz: 'UTC' },
  maintenance: { cron: '15 * * * *', tz: 'UTC' },
  'deadline-reminders': { cron: '0 8 * * *', tz: HUE_TIME_ZONE },
  // Every 5 minutes: reminders before each date, at the offsets each series sets.
  'meetup-reminders': { cron: '*/5 * * * *', tz: 'UTC' },
  // Hourly: the news of each day's progress reports, from 07:00 the next morning (Huế time).
  'progress-news': { cron: '20 * * * *', tz: 'UTC' },
} as const;

type QueueName = keyof typeof SCHEDULES;

// An arbitrary constant of its own (the migrations take 7_310_415_020): every worker takes it to create the queues.
const QUEUE_SETUP_LOCK = 7_310_415_022;

@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private boss: PgBoss | null = null;

  constructor(
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly digest: DigestService,
    private readonly generation: MeetupGenerationJob,
    private readonly maintenance: MaintenanceJob,
    private readonly reminders: DeadlineRemindersService,
    private readonly meetupReminders: MeetupRemindersService,
    private readonly progressNews: ProgressNewsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const boss = new PgBoss({ connectionString: this.databaseUrl, schema: 'pgboss', max: 3, application_name: 'hue-meetups-jobs' });
    boss.on('error', (error) => this.logger.error(`job queue: ${error.message}`));
    await boss.start();
    this.boss = boss;
    const handlers: Record<QueueName, () => Promise<unknown>> = {
      'weekly-digest': () => this.digest.runIfDue(),
      'meetup-generation': () => this.generation.run(),
      maintenance: () => this.maintenance.run(),
      'deadline-reminders': () => this.reminders.run(),
      'meetup-reminders': () => this.meetupReminders.run(),
      'progress-news': () => this.progressNews.runIfDue(),
    };
    await this.createQueues(boss);
    for (const [name, schedule] of Object.entries(SCHEDULES) as [QueueName, (typeof SCHEDULES)[QueueName]][]) {
      await boss.schedule(name, schedule.cron, {}, { tz: schedule.tz });
      await boss.work(name, { batchSize: 1 }, async () => {
        await handlers[name]();
      });
    }
    // Dates for the horizon right away (one job however many workers start together).
    await boss.send('meetup-generation', {}, { singletonKey: 'on-start', singletonSeconds: 60 });
    this.logger.log(`job queue started: ${Object.keys(SCHEDULES).join(', ')} (${this.config.nodeEnv})`);
  }

  /**
   * pg-boss 10 creates a queue (a partition of its job table) without a lock of its own: two
   * workers starting together on a fresh database deadlock, and one of them fails to start
   * (test/faults/two-processes.fault-spec.ts). One worker at a time, under an advisory lock;
   * a queue that exists already is left as it is.
   */
  private async createQueues(boss: PgBoss): Promise<void> {
    const lock = new Client({ connectionString: this.databaseUrl, application_name: 'hue-meetups-jobs' });
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock($1)', [QUEUE_SETUP_LOCK]);
      for (const name of Object.keys(SCHEDULES)) {
        await boss.createQueue(name, { name, retryLimit: 5, retryDelay: 60, retryBackoff: true, expireInSeconds: 3600 });
      }
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [QUEUE_SETUP_LOCK]).catch(() => undefined);
      await lock.end();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, wait: true, timeout: 15_000 });
    this.boss = null;
  }
}
