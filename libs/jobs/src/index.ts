export * from './worker.module';
export * from './create-worker-context';
