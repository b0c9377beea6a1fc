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

  /** The chunks a batch of `rows` is stored in, as IngestionService fills them. */
  const chunksOf = (rows: number, importBatchRows: number): number[] => {
    const limit = jsonChunkRows(rows, importBatchRows);
    const chunks: number[] = [];
    for (let left = rows; left > 0;) {
      const size = Math.min(left, limit(chunks.length));
      chunks.push(size);
      left -= size;
    }
    return chunks;
  };

  it('stores a JSON batch of 2,000 rows or more in a first chunk of at most 2,000, then in halves', () => {
    expect(chunksOf(1, 10_000)).toEqual([1]);
    expect(chunksOf(1_999, 10_000)).toEqual([1_999]);
    expect(chunksOf(2_000, 10_000)).toEqual([1_000, 1_000]);
    expect(chunksOf(3_000, 10_000)).toEqual([1_500, 1_500]);
    expect(chunksOf(9_999, 10_000)).toEqual([2_000, 5_000, 2_999]);
    expect(chunksOf(10_000, 10_000)).toEqual([2_000, 5_000, 3_000]);
    // Never larger than an import's chunk.
    expect(chunksOf(10_000, 3_000)).toEqual([2_000, 3_000, 3_000, 2_000]);
    expect(chunksOf(4_000, 1_000)).toEqual([1_000, 1_000, 1_000, 1_000]);
  });

  it('stores every row of a JSON batch once, in at most three chunks none larger than an import chunk', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 20_000 }), (rows, limit) => {
        const chunks = chunksOf(rows, limit);
        expect(chunks.reduce((a, b) => a + b, 0)).toBe(rows);
        expect(Math.max(...chunks)).toBeLessThanOrEqual(limit);
        if (limit >= Math.ceil(rows / 2)) expect(chunks.length).toBeLessThanOrEqual(3);
      }),
    );
  });
});
