import { DynamicModule, Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { APP_CONFIG, AppConfig, ConfigModule } from '@app/config';
import { Clock, CoreModule } from '@app/core';
import { DatabaseModule } from '@app/database';
import { MailModule, MailTransport } from '@app/mail';
import { MeetupsModule } from '@app/meetups';
import { NotificationsModule } from '@app/notifications';
import { RsvpsModule } from '@app/rsvps';
import { JobQueue } from './job-queue';
import { OutboxJob } from './outbox.job';
import { MaintenanceJob } from './maintenance.job';
import { MeetupGenerationJob } from './meetup-generation.job';

export interface WorkerModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  clock?: Clock;
  mailTransport?: MailTransport;
}

/** Says that the worker is up; the feature jobs register themselves beside it as they arrive. */
@Injectable()
export class WorkerLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Worker');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  onApplicationBootstrap(): void {
    this.logger.log(`worker started (${this.config.nodeEnv})`);
  }

  onApplicationShutdown(signal?: string): void {
    this.logger.log(`worker stopped${signal ? ` on ${signal}` : ''}`);
  }
}

/**
 * The background jobs. The api imports this module when it runs the worker in-process
 * (`npm start`); the worker process wraps it in WorkerModule.
 */
@Module({
  imports: [MeetupsModule, RsvpsModule, AuthModule, NotificationsModule],
  providers: [WorkerLifecycle, MeetupGenerationJob, MaintenanceJob, OutboxJob, JobQueue],
})
export class JobsModule {}

/** The worker process: infrastructure plus the jobs, no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(options: WorkerModuleOptions): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(options.config),
        CoreModule.forRoot(options.clock),
        DatabaseModule.forRoot({ url: options.databaseUrl, poolSize: options.config.database.poolSize }),
        MailModule.forRoot(options.config, options.mailTransport),
        JobsModule,
      ],
    };
  }
}
