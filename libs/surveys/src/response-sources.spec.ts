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

  it('gives a JSON batch of 2,000 rows or more a first chunk of at most 2,000, then half the batch', () => {
    const limits = (rows: number, importBatchRows: number) => {
      const limit = jsonChunkRows(rows, importBatchRows);
      return [limit(0), limit(1), limit(2)];
    };
    expect(limits(1_999, 10_000)).toEqual([10_000, 10_000, 10_000]);
    expect(limits(2_000, 10_000)).toEqual([1_000, 1_000, 1_000]);
    expect(limits(3_000, 10_000)).toEqual([1_500, 1_500, 1_500]);
    expect(limits(10_000, 10_000)).toEqual([2_000, 5_000, 5_000]);
    // Never larger than an import's chunk.
    expect(limits(10_000, 3_000)).toEqual([2_000, 3_000, 3_000]);
    expect(limits(10_000, 1_000)).toEqual([1_000, 1_000, 1_000]);
  });

  /** The chunks a batch of `rows` is cut into when each is filled up to its limit, as IngestionService does. */
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

  it('cuts a full JSON batch into 2,000, 5,000 and 3,000 rows', () => {
    expect(chunksOf(1_999, 10_000)).toEqual([1_999]);
    expect(chunksOf(2_000, 10_000)).toEqual([1_000, 1_000]);
    expect(chunksOf(9_999, 10_000)).toEqual([2_000, 5_000, 2_999]);
    expect(chunksOf(10_000, 10_000)).toEqual([2_000, 5_000, 3_000]);
    expect(chunksOf(10_000, 3_000)).toEqual([2_000, 3_000, 3_000, 2_000]);
  });

  it('keeps every chunk within an import chunk, the first within 2,000 rows, and a full batch in three', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 20_000 }), (rows, limit) => {
        const chunks = chunksOf(rows, limit);
        expect(Math.max(...chunks)).toBeLessThanOrEqual(limit);
        if (rows < 2_000 && limit >= rows) expect(chunks).toEqual([rows]);
        else expect(chunks[0]).toBeLessThanOrEqual(2_000);
        if (limit >= Math.ceil(rows / 2)) expect(chunks.length).toBeLessThanOrEqual(3);
      }),
    );
  });
});
