import { join } from 'node:path';
import { testBoots } from '@app/testing';
import { createWorkerApp } from '../../worker/src/create-worker-app';
import { createApiApp } from '../src/create-api-app';

/** The API's tests boot the real apps through @app/testing's helpers, bound here to the apps' own factories. */
export const {
  startTestApi,
  startFreshTestApi,
  startTestWorker,
  startFreshApiAndWorker,
  startProcess,
  startApiProcess,
} = testBoots({
  createApiApp,
  createWorkerApp,
  mains: { api: join(__dirname, '../src/main.ts'), worker: join(__dirname, '../../worker/src/main.ts') },
});
