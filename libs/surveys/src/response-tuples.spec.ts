import {
  BINARY_COPY_HEADER,
  BINARY_RESPONSE_COLUMNS,
  BinaryTupleWriter,
  withBatchId,
} from './response-tuples';
import type { AcceptedResponse } from './response-row';

const response: AcceptedResponse = {
  enterpriseId: '7d2c5e1a-3b4f-4a6d-8e9f-0a1b2c3d4e5f',
  industryCode: 'telecom',
  respondentKey: 'k-1',
  submittedAt: '2000-01-01T00:00:01.5Z',
  submittedAtMs: Date.parse('2000-01-01T00:00:01.5Z'),
  channel: 'web',
  completionSeconds: null,
  answers: [8, null],
  scores: { image: 1, expectations: null, quality: 3, value: 4, satisfaction: 5, loyalty: 6 },
  nps: 'promoter',
  complained: true,
  exclusion: null,
  flags: 4,
};

/** Reads a tuple back field by field: the format's own rules, written out independently. */
function fields(tuple: Buffer): (Buffer | null)[] {
  const count = tuple.readInt16BE(0);
  const out: (Buffer | null)[] = [];
  let at = 2;
  for (let i = 0; i < count; i++) {
    const length = tuple.readInt32BE(at);
    at += 4;
    if (length < 0) out.push(null);
    else {
      out.push(tuple.subarray(at, at + length));
      at += length;
    }
  }
  expect(at).toBe(tuple.length);
  return out;
}

describe('binary COPY tuples', () => {
  it('starts a stream with the PGCOPY signature and empty flags', () => {
    expect(BINARY_COPY_HEADER.toString('latin1', 0, 11)).toBe('PGCOPY\n\xff\r\n\0');
    expect(BINARY_COPY_HEADER.length).toBe(19);
  });

  it('encodes every column in order, nulls as -1, times as microseconds since 2000, and the batch id last', () => {
    const writer = new BinaryTupleWriter();
    const [start, end] = writer.append('11111111-2222-4333-8444-555555555555', 17, response);
    const tuple = withBatchId(writer.bytes(start, end), 987654321n);
    const f = fields(tuple);
    expect(f).toHaveLength(BINARY_RESPONSE_COLUMNS.length);
    expect(f[0]!.toString('hex')).toBe('11111111222243338444555555555555');
    expect(f[1]!.readInt32BE(0)).toBe(17);
    expect(f[2]!.toString('hex')).toBe('7d2c5e1a3b4f4a6d8e9f0a1b2c3d4e5f');
    expect(f[3]!.toString('utf8')).toBe('k-1');
    expect(f[5]!.readBigInt64BE(0)).toBe(1_500_000n); // 1.5 s after the PostgreSQL epoch
    expect(f[7]).toBeNull(); // completion_seconds
    // int2[]: 1 dimension, has nulls, element oid 21, length 2 from 1, then 8 and NULL
    const array = f[8]!;
    expect([0, 4, 8, 12, 16].map((o) => array.readInt32BE(o))).toEqual([1, 1, 21, 2, 1]);
    expect(array.readInt32BE(20)).toBe(2);
    expect(array.readInt16BE(24)).toBe(8);
    expect(array.readInt32BE(26)).toBe(-1);
    expect(f[10]).toBeNull(); // score_expectations
    expect(f[15]!.readInt16BE(0)).toBe(2); // promoter
    expect(f[16]![0]).toBe(1); // complained
    expect(f[17]).toBeNull(); // exclusion
    expect(f[18]!.readInt16BE(0)).toBe(4);
    expect(f[19]!.readBigInt64BE(0)).toBe(987654321n);
  });

  it('keeps tuples apart as the buffer grows past its first size', () => {
    const writer = new BinaryTupleWriter();
    const spans = Array.from({ length: 20_000 }, (_, i) =>
      writer.append('11111111-2222-4333-8444-555555555555', i, { ...response, respondentKey: `key-${i}` }),
    );
    expect(writer.size).toBeGreaterThan(1 << 20);
    const last = fields(writer.bytes(...spans[19_999]));
    expect(last[3]!.toString()).toBe('key-19999');
    expect(last[1]!.readInt32BE(0)).toBe(19_999);
  });
});
