import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createWorkerApp } from './create-worker-app';

createWorkerApp()
  .then(() => new Logger('Worker').log('Worker started; consuming queues'))
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
