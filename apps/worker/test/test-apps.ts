import { join } from 'node:path';
import { testBoots } from '@app/testing';
import { createApiApp } from '../../api/src/create-api-app';
import { createWorkerApp } from '../src/create-worker-app';

/**
 * The worker's tests boot the real apps through @app/testing's helpers, bound here to the apps' own
 * factories: the API too, since the flows a worker runs are started through it.
 */
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
  mains: { api: join(__dirname, '../../api/src/main.ts'), worker: join(__dirname, '../src/main.ts') },
});
