import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule, WorkerModuleOptions } from './worker.module';

/** The worker as a Nest application context (no HTTP): its own process, or beside the api. */
export async function createWorkerContext(options: WorkerModuleOptions): Promise<INestApplicationContext> {
  const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(options), { bufferLogs: false });
  await context.init();
  return context;
}
