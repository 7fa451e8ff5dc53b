export * from './embedded-postgres';
export * from './data-source-options';
export * from './database.module';
export * from './migrate';
export * from './rate-limiter';
export * from './migrations';
export * from './open-database';
export * from './outbox';
