import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createRootLogger, PinoNestLogger, wantsPrettyLogs } from '@app/common';
import { environment } from '@app/config';
import { WorkerModule } from './worker.module';

/**
 * The worker has no HTTP server. On SIGTERM/SIGINT Nest closes the BullMQ workers, which lets the job in
 * hand finish (or, if the process is killed first, its lock expires and another worker takes it over).
 */
export async function createWorkerApp(): Promise<INestApplicationContext> {
  const env = environment();
  const logger = createRootLogger(env.LOG_LEVEL, 'worker', wantsPrettyLogs(env.LOG_FORMAT, env.NODE_ENV));
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    logger: new PinoNestLogger(logger),
  });
  app.enableShutdownHooks();
  return app;
}
