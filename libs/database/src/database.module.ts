import { DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { buildDataSourceOptions } from './data-source-options';
import { AuditLogReader } from './audit-log';
import { CountingQueryLogger } from './query-counter';
import { RateLimiter } from './rate-limiter';

/** The connection string in use (for clients beside TypeORM, such as the job queue). */
export const DATABASE_URL = Symbol('DATABASE_URL');

export interface DatabaseModuleOptions {
  url: string;
  poolSize: number;
  /** Wait for a pooled connection at most this long (pg's `connectionTimeoutMillis`); 5 s by default. */
  acquireTimeoutMs?: number;
  /** Log every SQL statement (debugging). */
  logQueries?: boolean;
}

/**
 * The TypeORM connection. Entities come from the feature modules (`forFeature`);
 * the schema comes only from the committed migrations.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...buildDataSourceOptions(options.url, options.poolSize, options.acquireTimeoutMs),
          autoLoadEntities: true,
          logging: options.logQueries ? 'all' : ['error'],
          ...(options.logQueries ? {} : { logger: new CountingQueryLogger((message) => new Logger('Database').error(message)) }),
          // Keep retrying briefly at start; a database restart later is handled by the pool.
          retryAttempts: 3,
          retryDelay: 1000,
        }),
      ],
      providers: [RateLimiter, AuditLogReader, { provide: DATABASE_URL, useValue: options.url }],
      exports: [RateLimiter, AuditLogReader, DATABASE_URL],
    };
  }
}
