export * from './domain-error';
export * from './clock';
export * from './actor';
export * from './core.module';
export * from './validation';
export * from './process-log';
export * from './collections';
export * from './cursor';
