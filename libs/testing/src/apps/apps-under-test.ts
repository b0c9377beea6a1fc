import type { ChildProcess } from 'node:child_process';
import type { INestApplicationContext } from '@nestjs/common';
import { resetTestDatabase } from '../database';
import { startApiProcessOf, startAppProcess } from './app-processes';
import { CreateApiApp, startTestApiWith, TestApi } from './test-api';

/**
 * What the tests need to know of the two apps. libs never import apps, so each app's test folder passes its
 * factories and entry points in once (see `testBoots`) and its specs import the bound helpers from there.
 */
export interface AppsUnderTest {
  createApiApp: CreateApiApp;
  createWorkerApp: () => Promise<INestApplicationContext>;
  /** Each app's main.ts, to run it as a process of its own. */
  mains: Record<'api' | 'worker', string>;
}

/** The API and a worker in this process: what flows through a queue (aggregation, schedules) need. */
export interface ApiAndWorker {
  api: TestApi;
  worker: INestApplicationContext;
}

/** Closes what `startFreshApiAndWorker` started, the worker first: it may be in the middle of a job. */
export async function stopApiAndWorker({ api, worker }: ApiAndWorker): Promise<void> {
  await worker.close();
  await api.close();
}

/** The helpers that boot the apps, bound to the apps' own factories. */
export function testBoots(apps: AppsUnderTest) {
  const startTestApi = (env: Record<string, string> = {}) => startTestApiWith(apps.createApiApp, env);
  /** Empties the database, then boots the API (which creates the bootstrap organizer again). */
  const startFreshTestApi = async (env: Record<string, string> = {}) => {
    await resetTestDatabase();
    return startTestApi(env);
  };
  const startTestWorker = async () => {
    const worker = await apps.createWorkerApp();
    await worker.init();
    return worker;
  };
  return {
    startTestApi,
    startFreshTestApi,
    startTestWorker,
    /** A fresh database, the API on it (`env` for the API only), and a worker consuming the queues. */
    startFreshApiAndWorker: async (env: Record<string, string> = {}): Promise<ApiAndWorker> => {
      const api = await startFreshTestApi(env);
      return { api, worker: await startTestWorker() };
    },
    startProcess: (
      app: 'api' | 'worker',
      env: Record<string, string>,
      output?: 'ignore' | 'pipe',
    ): ChildProcess => startAppProcess(apps.mains[app], env, output),
    startApiProcess: (env: Record<string, string>, onOutput?: (text: string) => void) =>
      startApiProcessOf(apps.mains.api, env, onOutput),
  };
}
