import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { join } from 'node:path';
import { AccessTokens, AuthModule } from '@app/auth';
import { AppConfig, ConfigModule } from '@app/config';
import { Clock, CoreModule } from '@app/core';
import { DatabaseModule } from '@app/database';
import { JobsModule } from '@app/jobs';
import { MailModule, MailTransport } from '@app/mail';
import { MembersModule, MembersService } from '@app/members';
import { OrganizationsModule, OrganizationsService } from '@app/organizations';
import { AuthResolver } from './auth/auth.resolver';
import { SignInPageController } from './auth/sign-in-page.controller';
import { formatGraphqlError } from './graphql/error-format';
import { buildGraphqlContext } from './graphql/context.factory';
import { retryAfterPlugin } from './graphql/retry-after.plugin';
import { RolesGuard } from './graphql/roles.guard';
import { HealthController } from './health/health.controller';
import { LoggingModule } from './logging.module';
import { MembersResolver } from './members/members.resolver';
import { OrganizationsResolver } from './organizations/organizations.resolver';

/** Every resolver of the api; also used to print schema.graphql without a database. */
export const API_RESOLVERS = [AuthResolver, MembersResolver, OrganizationsResolver];

export interface ApiModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Tests pass a fixed clock and a transport to their own SMTP server. */
  clock?: Clock;
  mailTransport?: MailTransport;
}

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
        LoggingModule.forRoot(config),
        DatabaseModule.forRoot({ url: options.databaseUrl, poolSize: config.database.poolSize }),
        MailModule.forRoot(config, options.mailTransport),
        OrganizationsModule,
        MembersModule,
        AuthModule,
        ...(config.runWorker ? [JobsModule] : []),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule, MembersModule, OrganizationsModule],
          inject: [AccessTokens, MembersService, OrganizationsService],
          useFactory: (accessTokens: AccessTokens, members: MembersService, organizations: OrganizationsService) => ({
            // Built in memory; schema.graphql is written by `npm run schema:print` and a test
            // checks that the committed file matches.
            autoSchemaFile: true,
            sortSchema: true,
            path: '/graphql',
            introspection: !config.isProduction,
            playground: false,
            graphiql: false,
            csrfPrevention: true,
            includeStacktraceInErrorResponses: false,
            formatError: formatGraphqlError,
            plugins: [retryAfterPlugin],
            context: ({ req, res }: { req: never; res: never }) => buildGraphqlContext(req, res, { accessTokens, members, organizations }),
          }),
        }),
      ],
      controllers: [HealthController, SignInPageController],
      providers: [{ provide: APP_GUARD, useClass: RolesGuard }, ...API_RESOLVERS],
    };
  }
}
