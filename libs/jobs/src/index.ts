export * from './worker.module';
export * from './create-worker-context';
export * from './meetup-generation.job';
export * from './maintenance.job';
export * from './outbox.job';
export * from './job-queue';
