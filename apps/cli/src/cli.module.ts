import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { AppConfig, ConfigModule } from '@app/config';
import { Clock, CoreModule } from '@app/core';
import { DatabaseModule } from '@app/database';
import { MailModule } from '@app/mail';
import { AssignmentsModule } from '@app/assignments';
import { IssuesModule } from '@app/issues';
import { ConsultationsModule } from '@app/consultations';
import { MinutesModule } from '@app/minutes';
import { NotificationsModule } from '@app/notifications';
import { MeetupsModule } from '@app/meetups';
import { MembersModule } from '@app/members';
import { RsvpsModule } from '@app/rsvps';
import { OrganizationsModule } from '@app/organizations';
import { ExampleIssuesSeed } from './seed/example-issues-seed';
import { SeedService } from './seed/seed.service';

/** Everything with entities, so migration:generate sees the whole model; no HTTP. */
@Module({})
export class CliModule {
  /** `clock`: the seed's, which it moves to tell its examples' history; the system clock otherwise. */
  static forRoot(config: AppConfig, databaseUrl: string, clock?: Clock): DynamicModule {
    return {
      module: CliModule,
      imports: [
        ConfigModule.forRoot(config),
        CoreModule.forRoot(clock),
        DatabaseModule.forRoot({ url: databaseUrl, poolSize: config.database.poolSize }),
        MailModule.forRoot(config),
        OrganizationsModule,
        MembersModule,
        AuthModule,
        MeetupsModule,
        RsvpsModule,
        IssuesModule,
        MinutesModule,
        AssignmentsModule,
        NotificationsModule,
        ConsultationsModule,
      ],
      providers: [SeedService, ExampleIssuesSeed],
    };
  }
}
