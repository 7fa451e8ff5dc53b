export * from './smtp-sink';
export * from './test-database';
