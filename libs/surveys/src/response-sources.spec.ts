import { Readable } from 'node:stream';
import fc from 'fast-check';
import { DEFAULT_METHODOLOGY } from './methodology';
import { buildItemIndex, RowContext } from './response-row';
import { csvRows, jsonChunkRows, jsonRows, ndjsonRows, SourceRow } from './response-sources';

const items = DEFAULT_METHODOLOGY.items;
const ctx: RowContext = {
  items,
  parameters: DEFAULT_METHODOLOGY.parameters,
  itemIndex: buildItemIndex(items),
  candidates: new Map(),
  enterpriseIdByCreditCode: new Map(),
  enterpriseIds: new Set(),
  windowOpens: null,
  windowCloses: null,
  latestSubmission: new Date(),
};

async function runs(source: AsyncIterable<SourceRow[]> | Iterable<SourceRow[]>): Promise<SourceRow[][]> {
  const out: SourceRow[][] = [];
  for await (const run of source) out.push(run);
  return out;
}

/** The text cut into pieces at the given offsets, as a socket might deliver it. */
const piecesOf = (text: string, cuts: number[]) => {
  const bytes = Buffer.from(text);
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  return [0, ...at]
    .map((start, i) => bytes.subarray(start, at[i] ?? bytes.length))
    .filter((b) => b.length > 0);
};

describe('sources hand rows over in runs', () => {
  const header = 'enterpriseId,respondentKey,submittedAt,channel,IMG';
  const lines = Array.from({ length: 40 }, (_, i) => `e-${i},k-${i},2027-05-03T10:15:00Z,web,${i % 10}`);

  it('gives every CSV row once, in order, with its line, in non-empty runs, however the bytes are cut', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), async (cuts) => {
        const text = [header, ...lines].join('\r\n') + '\r\n';
        const got = await runs(csvRows(Readable.from(piecesOf(text, cuts)), ctx, () => undefined));
        expect(got.every((run) => run.length > 0)).toBe(true);
        const rows = got.flat();
        expect(rows.map((r) => r.line)).toEqual(lines.map((_, i) => i + 2));
        expect(rows.map((r) => ('fields' in r ? r.fields.respondentKey : null))).toEqual(
          lines.map((_, i) => `k-${i}`),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('gives every NDJSON line once, in order, the last one without its newline too', async () => {
    const text = lines.map((_, i) => JSON.stringify({ respondentKey: `k-${i}`, answers: {} })).join('\n');
    const got = await runs(
      ndjsonRows(Readable.from(piecesOf(text, [7, 300, 301, 2000])), ctx, () => undefined),
    );
    expect(got.every((run) => run.length > 0)).toBe(true);
    expect(got.flat().map((r) => r.line)).toEqual(lines.map((_, i) => i + 1));
  });

  it('numbers a JSON batch from 1 across its runs of 1,000', async () => {
    const got = await runs(
      jsonRows(
        Array.from({ length: 2_500 }, () => ({ answers: {} })),
        ctx,
      ),
    );
    expect(got.map((run) => run.length)).toEqual([1000, 1000, 500]);
    expect(got.flat().map((r) => r.line)).toEqual(Array.from({ length: 2_500 }, (_, i) => i + 1));
  });

  it('lets the event loop run between the runs of a JSON batch', async () => {
    const order: string[] = [];
    const rows = jsonRows(
      Array.from({ length: 2_000 }, () => ({ answers: {} })),
      ctx,
    );
    await rows.next();
    setImmediate(() => order.push('event loop'));
    await rows.next();
    order.push('second run');
    expect(order).toEqual(['event loop', 'second run']);
  });

  it.each([
    ['CSV', (pieces: string[]) => csvRows(Readable.from(pieces), ctx, () => undefined)],
    ['NDJSON', (pieces: string[]) => ndjsonRows(Readable.from(pieces), ctx, () => undefined)],
  ])(
    'lets the event loop run between the runs of a %s stream whose pieces are all buffered',
    async (kind, read) => {
      const pieces =
        kind === 'CSV'
          ? [`${header}\n${lines[0]}\n`, `${lines[1]}\n`]
          : [`${JSON.stringify({ respondentKey: 'a' })}\n`, `${JSON.stringify({ respondentKey: 'b' })}\n`];
      const order: string[] = [];
      const rows = read(pieces);
      await rows.next();
      setImmediate(() => order.push('event loop'));
      await rows.next();
      order.push('second run');
      expect(order).toEqual(['event loop', 'second run']);
    },
  );

  it('stores a JSON batch of 2,000 rows or more in two chunks, never larger than an import chunk', () => {
    expect(jsonChunkRows(1, 10_000)).toBe(10_000);
    expect(jsonChunkRows(1_999, 10_000)).toBe(10_000);
    expect(jsonChunkRows(2_000, 10_000)).toBe(1_000);
    expect(jsonChunkRows(9_999, 10_000)).toBe(5_000);
    expect(jsonChunkRows(10_000, 10_000)).toBe(5_000);
    expect(jsonChunkRows(10_000, 3_000)).toBe(3_000);
  });
});
