import type { ChildProcess } from 'node:child_process';
import { MAX_JSON_DEPTH } from '../../src/http/json-depth';
import { as, kill, organizerToken, SurveyCampaign, surveyCampaign, TestApi } from '@app/testing';
import { startApiProcess, startFreshTestApi } from '../test-apps';

/** The default BATCH_BODY_LIMIT_BYTES, which the process below runs with. */
const LIMIT = 4 * 1024 * 1024;
/** As many maximum-size bodies at once as a busy partner could send (the API sets no connection limit). */
const CONCURRENT = 20;

/** `{"responses":[<item>,...]}` of exactly `size` bytes (padded with spaces, which JSON allows). */
function bodyOf(size: number, item: string): string {
  const head = '{"responses":[';
  const count = Math.floor((size - head.length - 2) / (item.length + 1));
  const text = head + Array.from({ length: count }, () => item).join(',') + ']}';
  return text + ' '.repeat(size - Buffer.byteLength(text));
}

/** The shapes that cost the most heap per byte (bench/batch-body-heap.ts): deep empty arrays, empty objects. */
const DEEP = bodyOf(LIMIT, '['.repeat(MAX_JSON_DEPTH - 2) + ']'.repeat(MAX_JSON_DEPTH - 2));
const EMPTY_OBJECTS = bodyOf(LIMIT, '{}');
/** The worst shape the API parses (the rest are refused unparsed): one row of distinct tiny keys. */
function oneRowOfKeys(size: number): string {
  const keys: string[] = [];
  let length = '{"responses":[{"answers":{}}]}'.length;
  for (let i = 0; length + 12 < size; i++) {
    const key = `"${i.toString(36)}":0`;
    keys.push(key);
    length += key.length + 1;
  }
  const text = `{"responses":[{"answers":{${keys.join(',')}}}]}`;
  return text + ' '.repeat(size - Buffer.byteLength(text));
}
const ONE_ROW_OF_KEYS = oneRowOfKeys(LIMIT);

/**
 * The API as its own process with the production heap (--max-old-space-size=256), sent the bodies that once
 * exhausted it: it must answer each and stay up.
 */
describe('Large JSON bodies against the 256 MB heap', () => {
  let api: TestApi;
  let c: SurveyCampaign;
  let partnerKey: string;
  let child: ChildProcess | undefined;
  let base: string;

  beforeAll(async () => {
    api = await startFreshTestApi();
    const organizer = await organizerToken(api.http);
    c = await surveyCampaign(api, organizer, { industries: ['telecom'] });
    partnerKey = (
      await api.http
        .post(`/campaigns/${c.id}/partner-keys`)
        .set(as(organizer))
        .send({ label: 'Load partner' })
        .expect(201)
    ).body.secret as string;
    ({ child, base } = await startApiProcess({
      NODE_OPTIONS: '--max-old-space-size=256',
      INGEST_RATE_LIMIT: '100000',
    }));
  });
  afterAll(async () => {
    if (child) await kill(child);
    await api.close();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/campaigns/${c.id}/response-batches`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    }).then(async (res) => ({ status: res.status, body: (await res.json()) as Record<string, unknown> }));
  const live = async () => (await fetch(`${base}/health/live`)).status;

  it('answers 401 to anonymous maximum-size bodies, and to the 32 MiB one that crashed it, without reading them', async () => {
    for (const body of [DEEP, EMPTY_OBJECTS, bodyOf(32 * 1024 * 1024 - 1000, '{}')]) {
      const res = await post(body);
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    }
    expect(await live()).toBe(200);
    expect(child?.exitCode).toBeNull();
  });

  it('answers a body over the limit 413 naming it', async () => {
    const res = await post(bodyOf(LIMIT + 1, '{}'), { 'x-api-key': partnerKey });
    expect(res.status).toBe(413);
    expect(res.body.details).toEqual([{ field: 'body', message: expect.stringContaining(`${LIMIT} bytes`) }]);
  });

  it(`stays up and live under ${CONCURRENT} concurrent maximum-size worst-shape batches from a valid key`, async () => {
    const bodies = Array.from(
      { length: CONCURRENT },
      (_, i) => [DEEP, EMPTY_OBJECTS, ONE_ROW_OF_KEYS][i % 3],
    );
    for (const b of bodies) expect(Buffer.byteLength(b)).toBeLessThanOrEqual(LIMIT);
    const answers = Promise.all(bodies.map((b) => post(b, { 'x-api-key': partnerKey })));
    // Asked while the batches are in flight: the process keeps answering.
    expect(await live()).toBe(200);
    const results = await answers;
    const statuses = results.map((a) => a.status);
    // Each is refused as a batch (too many rows, or a row that is not a response) or waits its turn: never a 5xx
    // other than the explicit 503 of a full queue, and never a dropped connection.
    expect(statuses.filter((s) => s >= 500 && s !== 503)).toEqual([]);
    expect(statuses.filter((s) => s === 400).length).toBeGreaterThan(0);
    // The row of keys is parsed and handled: stored as one rejected row with one problem.
    const handled = results.filter((r) => r.status === 201);
    for (const r of handled) expect(r.body.counts).toMatchObject({ received: 1, accepted: 0, rejected: 1 });
    expect(await live()).toBe(200);
    expect(child?.exitCode).toBeNull();
  });
});
