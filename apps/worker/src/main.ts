import 'reflect-metadata';
import { exitOnFailure } from '@app/common';
import { Logger } from '@nestjs/common';
import { createWorkerApp } from './create-worker-app';

createWorkerApp()
  .then(() => new Logger('Worker').log('Worker started; consuming queues'))
  .catch((error: unknown) => exitOnFailure(error));
