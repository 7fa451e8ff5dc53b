import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import type { DestinationStream } from 'pino';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { join } from 'node:path';
import { AuthModule } from '@app/auth';
import { AppConfig, ConfigModule } from '@app/config';
import { Clock, CoreModule } from '@app/core';
import { DatabaseModule, RateLimiter } from '@app/database';
import { EcosystemModule } from '@app/ecosystem';
import { IssuesModule } from '@app/issues';
import { ConsultationsModule } from '@app/consultations';
import { AssignmentsModule } from '@app/assignments';
import { CalendarModule } from '@app/calendar';
import { JobsModule } from '@app/jobs';
import { MinutesModule } from '@app/minutes';
import { NotificationsModule } from '@app/notifications';
import { MailModule, MailTransport } from '@app/mail';
import { MeetupsModule } from '@app/meetups';
import { MembersModule } from '@app/members';
import { OrganizationsModule } from '@app/organizations';
import { PrivacyModule } from '@app/privacy';
import { RsvpsModule } from '@app/rsvps';
import { AssignmentUpdateResolver, AssignmentsResolver, ScorecardResolver } from './assignments/assignments.resolver';
import { IssueAssignmentFieldsResolver, MeetupFollowUpFieldsResolver } from './assignments/meetup-follow-up-fields.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { AuditLogResolver } from './members/audit-log.resolver';
import { MemberDataController } from './members/member-data.controller';
import { DecisionResolver, MinutesResolver } from './minutes/minutes.resolver';
import { formatGraphqlError } from './graphql/error-format';
import { PARSE_OPTIONS, graphqlArmor, mutationRateLimitPlugin } from './graphql/graphql-limits';
import { GraphqlContextFactory } from './graphql/context.factory';
import { JitExecutor } from './graphql/jit-executor';
import { retryAfterPlugin } from './graphql/retry-after.plugin';
import { textInputPlugin } from './graphql/text-input.plugin';
import { RolesGuard } from './graphql/roles.guard';
import { CalendarController } from './calendar/calendar.controller';
import { FeedRevalidation } from './calendar/feed-revalidation';
import { HealthController } from './health/health.controller';
import { ApiExceptionFilter } from './http/domain-error.filter';
import { DeliveriesResolver } from './notifications/deliveries.resolver';
import { OneClickController } from './notifications/one-click.controller';
import { MinutesExportController } from './minutes/minutes-export.controller';
import { MinutesFeedController } from './minutes/minutes-feed.controller';
import { EmbedController } from './web/embed.controller';
import { ConsultationReportController } from './consultations/consultation-report.controller';
import { ConsultationCommentResolver, ConsultationSectionResolver, ConsultationsResolver } from './consultations/consultations.resolver';
import { AttendeesExportController } from './rsvps/attendees-export.controller';
import { DevMailController } from './dev/dev-mail.controller';
import { LinkPreviews } from './web/link-previews';
import { WebAppController } from './web/web-app.controller';
import { WebAppPages } from './web/web-app-pages';
import { SCHEMA_BUILD_OPTIONS } from './graphql/scalars';
import { LoggingModule } from './logging.module';
import { CommentsResolver } from './issues/comments.resolver';
import { IssueEventResolver, IssuesResolver } from './issues/issues.resolver';
import { AgendaItemFieldsResolver } from './meetups/agenda-item-fields.resolver';
import { AgendaResolver } from './meetups/agenda.resolver';
import { MeetupSeriesResolver } from './meetups/meetup-series.resolver';
import { MeetupsResolver } from './meetups/meetups.resolver';
import { MembersResolver } from './members/members.resolver';
import { OrganizationsResolver } from './organizations/organizations.resolver';
import { AffiliationsResolver, MemberAffiliationFieldsResolver, OrganizationAffiliationFieldsResolver } from './organizations/affiliations.resolver';
import { EcosystemLinkResolver, OrganizationEcosystemFieldsResolver, StartupProjectResolver, SupportResolver } from './ecosystem/ecosystem.resolver';
import { OpenDataController } from './ecosystem/open-data.controller';
import { CheckInResolver } from './rsvps/check-in.resolver';
import { MeetupRsvpFieldsResolver } from './rsvps/meetup-rsvp-fields.resolver';
import { RsvpsResolver, StandingRsvpResolver } from './rsvps/rsvps.resolver';

/** Every resolver of the api; also used to print schema.graphql without a database. */
export const API_RESOLVERS = [
  AuthResolver,
  MembersResolver,
  OrganizationsResolver,
  AffiliationsResolver,
  MemberAffiliationFieldsResolver,
  OrganizationAffiliationFieldsResolver,
  MeetupSeriesResolver,
  MeetupsResolver,
  AgendaResolver,
  RsvpsResolver,
  StandingRsvpResolver,
  MeetupRsvpFieldsResolver,
  CheckInResolver,
  IssuesResolver,
  IssueEventResolver,
  CommentsResolver,
  AgendaItemFieldsResolver,
  MinutesResolver,
  DecisionResolver,
  AssignmentsResolver,
  AssignmentUpdateResolver,
  ScorecardResolver,
  MeetupFollowUpFieldsResolver,
  IssueAssignmentFieldsResolver,
  DeliveriesResolver,
  AuditLogResolver,
  ConsultationsResolver,
  ConsultationSectionResolver,
  ConsultationCommentResolver,
  StartupProjectResolver,
  SupportResolver,
  EcosystemLinkResolver,
  OrganizationEcosystemFieldsResolver,
];

export interface ApiModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Tests pass a fixed clock and a transport to their own SMTP server. */
  clock?: Clock;
  mailTransport?: MailTransport;
  /** Where the JSON log lines go (standard output by default). */
  logDestination?: DestinationStream;
}

/** What the GraphQL context needs, for the async GraphQL module factory. */
@Module({
  imports: [
    AuthModule,
    MembersModule,
    OrganizationsModule,
    MeetupsModule,
    RsvpsModule,
    IssuesModule,
    MinutesModule,
    AssignmentsModule,
    ConsultationsModule,
    EcosystemModule,
  ],
  providers: [GraphqlContextFactory],
  exports: [GraphqlContextFactory],
})
class ApiGraphqlSupportModule {}

/** Where the code-first schema is written; committed so every API change shows in review. */
export const SCHEMA_FILE = join(process.cwd(), 'schema.graphql');

@Module({})
export class ApiModule {
  static forRoot(options: ApiModuleOptions): DynamicModule {
    const { config } = options;
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        CoreModule.forRoot(options.clock),
        LoggingModule.forRoot(config, options.logDestination),
        DatabaseModule.forRoot({ url: options.databaseUrl, poolSize: config.database.poolSize, acquireTimeoutMs: config.database.acquireTimeoutMs }),
        MailModule.forRoot(config, options.mailTransport),
        OrganizationsModule,
        MembersModule,
        AuthModule,
        MeetupsModule,
        RsvpsModule,
        IssuesModule,
        MinutesModule,
        AssignmentsModule,
        CalendarModule,
        NotificationsModule,
        PrivacyModule,
        ConsultationsModule,
        EcosystemModule,
        ...(config.runWorker ? [JobsModule] : []),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [ApiGraphqlSupportModule],
          inject: [RateLimiter, GraphqlContextFactory],
          useFactory: (rateLimiter: RateLimiter, contexts: GraphqlContextFactory) => {
            const armor = graphqlArmor(config);
            // Compiled execution (graphql-jit) through Apollo's gateway hook; GRAPHQL_JIT=false: graphql-js.
            const jit = config.graphqlJit ? new JitExecutor() : null;
            return {
              ...(jit ? { gateway: jit, transformSchema: jit.takeSchema } : {}),
              // Built in memory; schema.graphql is written by `npm run schema:print` and a test
              // checks that the committed file matches.
              autoSchemaFile: true,
              sortSchema: true,
              buildSchemaOptions: SCHEMA_BUILD_OPTIONS,
              path: '/graphql',
              introspection: !config.isProduction,
              playground: false,
              graphiql: false,
              csrfPrevention: true,
              // No "Did you mean …?" hints that would reveal the schema when introspection is off.
              hideSchemaDetailsFromClientErrors: config.isProduction,
              includeStacktraceInErrorResponses: false,
              formatError: formatGraphqlError,
              allowBatchedHttpRequests: false,
              parseOptions: PARSE_OPTIONS,
              validationRules: armor.validationRules,
              plugins: [
                textInputPlugin,
                ...armor.plugins,
                mutationRateLimitPlugin(config, rateLimiter),
                retryAfterPlugin,
                // No cache hints are used; the default plugin would wrap every field resolver.
                ApolloServerPluginCacheControlDisabled(),
              ],
              context: ({ req, res }: { req: Request; res: Response }) => contexts.create(req, res),
            };
          },
        }),
      ],
      // The web app's pages last: its explicit paths come after the api's own routes.
      controllers: [
        HealthController,
        AttendeesExportController,
        MemberDataController,
        MinutesExportController,
        MinutesFeedController,
        EmbedController,
        ConsultationReportController,
        CalendarController,
        OneClickController,
        OpenDataController,
        // Development only: the captured mail (never in production, never with SMTP_URL).
        ...(config.mail.devMailPage ? [DevMailController] : []),
        WebAppController,
      ],
      providers: [
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        FeedRevalidation,
        LinkPreviews,
        WebAppPages,
        ...API_RESOLVERS,
      ],
    };
  }
}
