import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DocumentsService } from '@app/documents';
import { JOBS, QUEUES } from '@app/queue';
import { eventually, filesUnder, samplePdf, stopApiAndWorker, TestApi } from '@app/testing';
import { startFreshApiAndWorker } from './test-apps';

/**
 * The worker's repeatable sweep: scheduled at start as a BullMQ job scheduler on the documents queue, it finds
 * bytes that no document names and deletes them, and leaves the documents' own alone.
 */
describe('The document sweep job', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let dir: string;
  const saved: Record<string, string | undefined> = {};

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'care-documents-sweep-'));
    // Both apps read these: the API stores there, the worker sweeps every 300 ms. The grace of a second spares
    // the stored document's bytes in the moment between their write and their row's commit.
    const env = { DOCUMENTS_DIR: dir, DOCUMENT_SWEEP_MS: '300', DOCUMENT_ORPHAN_GRACE_MS: '1000' };
    for (const [k, v] of Object.entries(env)) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
    ({ api, worker } = await startFreshApiAndWorker());
  });
  afterAll(async () => {
    await stopApiAndWorker({ api, worker });
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await rm(dir, { recursive: true, force: true });
  });

  it('is scheduled, runs, removes an orphan and keeps a stored document', async () => {
    const queue = worker.get<Queue>(getQueueToken(QUEUES.documents));
    const schedulers = await eventually(async () => {
      const found = await queue.getJobSchedulers();
      return found.length > 0 ? found : undefined;
    });
    expect(schedulers).toEqual([expect.objectContaining({ key: JOBS.documentSweep, every: 300 })]);

    const [organizer] = await api.dataSource.query(`SELECT id FROM users WHERE role = 'organizer' LIMIT 1`);
    const document = await api.app
      .get(DocumentsService)
      .store(
        { type: 'sheet-attachment', id: '0c6f9e1d-2a3b-4c5d-8e7f-9a0b1c2d3e4f', slot: 'site-visit' },
        { fileName: 'visit.pdf', stream: Readable.from([samplePdf('visit')]) },
        { accept: ['application/pdf'], maxBytes: 100_000, maxFiles: 1 },
        { userId: organizer.id, role: 'organizer', requestId: null, ip: null },
      );
    const [row] = await api.dataSource.query(`SELECT storage_key FROM documents WHERE id = $1`, [
      document.id,
    ]);
    const named = `${row.storage_key.slice(0, 2)}/${row.storage_key}`;

    const orphan = 'dddddddd-4444-4444-8444-444444444444';
    await mkdir(join(dir, 'dd'), { recursive: true });
    await writeFile(join(dir, 'dd', orphan), 'bytes whose upload never got its row');
    const minuteAgo = new Date(Date.now() - 60_000);
    await utimes(join(dir, 'dd', orphan), minuteAgo, minuteAgo);
    expect(await filesUnder(dir)).toEqual([named, `dd/${orphan}`].sort());

    await eventually(
      async () => ((await filesUnder(dir)).includes(`dd/${orphan}`) ? undefined : true),
      10_000,
      'the sweep',
    );
    expect(await filesUnder(dir)).toEqual([named]);
    const completed = await queue.getJobs(['completed']);
    expect(completed.some((j) => j.name === JOBS.documentSweep && j.returnvalue?.deleted === 1)).toBe(true);
  });
});
