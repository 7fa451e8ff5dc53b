export * from './smtp-sink';
export * from './test-database';
export * from './free-port';
