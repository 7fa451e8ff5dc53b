import { INestApplicationContext, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule, WorkerModuleOptions } from './worker.module';

/**
 * The worker as a Nest application context (no HTTP): its own process, or beside the api. Its own
 * process passes a logger (JSON lines at LOG_LEVEL, like the api); tests keep Nest's default.
 */
export async function createWorkerContext(options: WorkerModuleOptions, logger?: LoggerService): Promise<INestApplicationContext> {
  const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(options), { bufferLogs: logger !== undefined });
  if (logger) context.useLogger(logger);
  await context.init();
  return context;
}
