import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentsService } from '@app/documents';
import { EntriesService } from '@app/entries';
import {
  createdEntryForm,
  entryCampaign,
  eventually,
  kill,
  organizerToken,
  rawUpload,
  samplePdf,
  TestApi,
  unnamedFiles,
} from '@app/testing';
import { startApiProcess, startFreshTestApi } from '../test-apps';

const MIB = 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 0x20);
const L = (en: string, zh: string) => ({ en, zh });
const FORM = {
  sections: [
    {
      key: 'case',
      title: L('Your case', '参评案例'),
      fields: [
        {
          key: 'evidence',
          type: 'file',
          label: L('Evidence', '证明材料'),
          required: false,
          accept: ['application/pdf'],
          maxBytes: 10 * MIB,
          maxFiles: 20,
        },
      ],
    },
  ],
};

type Outcome = Awaited<ReturnType<typeof rawUpload>> | 'errored';

/** A PDF of `bytes` (roughly) as a stream of chunks, pausing at `pauseAt` until `resume` settles. */
async function* pdfChunks(
  label: string,
  bytes: number,
  options: { pauseAt?: number; resume?: Promise<unknown>; sent?: (n: number) => void } = {},
) {
  yield samplePdf(label);
  for (let sent = 0; sent < bytes; sent += CHUNK.length) {
    if (options.pauseAt !== undefined && sent >= options.pauseAt) await options.resume;
    yield CHUNK;
    options.sent?.(sent + CHUNK.length);
  }
}

const idOf = (outcome: Outcome): string | null =>
  typeof outcome === 'object' && outcome.status === 201
    ? (JSON.parse(outcome.body) as { document: { id: string } }).document.id
    : null;

describe('The API process killed in the middle of entry uploads', () => {
  let api: TestApi;
  let dir: string;
  let child: ChildProcess | undefined;
  let entrants: { token: string; candidacyId: string }[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'care-entry-kill-'));
    api = await startFreshTestApi({ DOCUMENTS_DIR: dir });
    const organizer = await organizerToken(api.http);
    const form = await createdEntryForm(api, organizer, FORM);
    ({ entrants } = await entryCampaign(api, organizer, {
      form,
      industries: ['telecom', 'telecom', 'finance', 'finance'],
    }));
  });
  afterAll(async () => {
    if (child) await kill(child);
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('leaves no record without its bytes, and after the sweep no bytes without a record', async () => {
    let port: number;
    ({ child, port } = await startApiProcess({ DOCUMENTS_DIR: dir }));
    const upload = (e: (typeof entrants)[number], name: string, chunks: AsyncIterable<Buffer>) =>
      rawUpload({
        port,
        path: `/candidacies/${e.candidacyId}/entry/files/evidence`,
        token: e.token,
        fileName: name,
        chunks,
      }).catch((): Outcome => 'errored');

    // Three uploads of 3 MiB complete.
    const completed = await Promise.all(
      entrants.slice(0, 3).map((e, i) => upload(e, `done-${i}.pdf`, pdfChunks(`done ${i}`, 3 * MIB))),
    );
    expect(completed.map((o) => typeof o === 'object' && o.status)).toEqual([201, 201, 201]);

    // Four uploads of 4 MiB stop halfway until the kill; a fifth lane uploads small files one after another,
    // so that the kill may also fall between an upload's last byte and its commit.
    let killed!: () => void;
    const kill$ = new Promise<void>((resolve) => (killed = resolve));
    const halfway = [0, 0, 0, 0];
    const cut = entrants.map((e, i) =>
      upload(
        e,
        `cut-${i}.pdf`,
        pdfChunks(`cut ${i}`, 4 * MIB, { pauseAt: 2 * MIB, resume: kill$, sent: (n) => (halfway[i] = n) }),
      ),
    );
    let stop = false;
    const steady: Outcome[] = [];
    const lane = (async () => {
      for (let i = 0; !stop && i < 15; i++) {
        steady.push(await upload(entrants[3], `steady-${i}.pdf`, pdfChunks(`steady ${i}`, 256 * 1024)));
      }
    })();
    await eventually(
      () => Promise.resolve(halfway.every((n) => n >= 2 * MIB) && steady.length >= 2 ? true : undefined),
      60_000,
      'uploads halfway',
    );
    stop = true;
    await kill(child);
    killed();
    const outcomes = await Promise.all(cut);
    await lane;
    for (const outcome of outcomes) expect(idOf(outcome)).toBeNull();

    // The API again, as its supervisor restarts it: uploads work, and nothing of the cut ones shows.
    ({ child, port } = await startApiProcess({ DOCUMENTS_DIR: dir }));
    const after = await upload(entrants[0], 'after.pdf', pdfChunks('after', MIB));
    expect(typeof after === 'object' && after.status).toBe(201);
    await kill(child);
    child = undefined;

    const documents = api.app.get(DocumentsService);
    // The killed writes left bytes no row names, which only the sweep removes.
    expect((await unnamedFiles(dir, api.dataSource)).length).toBeGreaterThanOrEqual(outcomes.length);
    const swept = await documents.sweep({ graceMs: 0 });
    expect(swept.deleted).toBeGreaterThanOrEqual(outcomes.length);
    expect(await unnamedFiles(dir, api.dataSource)).toEqual([]);

    // Every row's bytes are there, whole: the recorded size and SHA-256, recomputed from storage.
    const candidacyIds = entrants.map((e) => e.candidacyId);
    const stored = await documents.list('entry-field', candidacyIds);
    for (const document of stored) {
      const hash = createHash('sha256');
      let size = 0;
      for await (const chunk of await documents.open(document)) {
        hash.update(chunk as Buffer);
        size += (chunk as Buffer).length;
      }
      expect({ id: document.id, size, sha256: hash.digest('hex') }).toEqual({
        id: document.id,
        size: document.sizeBytes,
        sha256: document.sha256,
      });
    }
    // Every upload answered 201 has its row, and no cut one has. Only the small upload in flight at the kill
    // could have committed without its answer reaching the client.
    const answered = [...completed, ...steady, after].map(idOf).filter((id): id is string => id !== null);
    const rowIds = stored.map((d) => d.id).sort();
    expect(rowIds).toEqual(expect.arrayContaining(answered));
    const unanswered = stored.filter((d) => !answered.includes(d.id)).map((d) => d.fileName);
    expect(unanswered.filter((name) => !name.startsWith('steady-'))).toEqual([]);
    expect(unanswered.length).toBeLessThanOrEqual(1);

    // The answers name exactly the documents there are: no id without its row, no row outside the answers.
    const entries = api.app.get(EntriesService);
    const named: string[] = [];
    for (const id of candidacyIds) {
      const entry = await entries.visibleEntry(id);
      named.push(...((entry?.answers.evidence as string[] | undefined) ?? []));
    }
    expect(named.sort()).toEqual(rowIds);
  });
});
