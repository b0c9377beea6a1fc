import { BINARY_COPY_HEADER, BINARY_RESPONSE_COLUMNS, BinaryTupleWriter } from './response-tuples';
import fc from 'fast-check';
import type { AcceptedResponse } from './response-row';
import { parseUuid } from './uuid-bytes';
import { postgresMicrosHalves } from './postgres-time';
import { writeBatchId } from './tuple-runs';

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
    writeBatchId(writer.bytes(), [{ start, end }], Uint8Array.of(1), 987654321);
    const tuple = writer.bytes(start, end);
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
    expect(writer.size).toBeGreaterThan(1 << 21);
    const last = fields(writer.bytes(...spans[19_999]));
    expect(last[3]!.toString()).toBe('key-19999');
    expect(last[1]!.readInt32BE(0)).toBe(19_999);
  });
});

/**
 * The encoder as it was before it stopped allocating per row (regex-replaced uuids written as hex, BigInt
 * times, arrays per tuple): the reference the faster one must match byte for byte.
 */
class ReferenceTupleWriter {
  private buffer = Buffer.alloc(1 << 12);
  private length = 0;

  private ensure(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const bigger = Buffer.alloc(Math.max(this.buffer.length * 2, this.length + extra));
    this.buffer.copy(bigger, 0, 0, this.length);
    this.buffer = bigger;
  }

  bytes(start: number, end: number): Buffer {
    return this.buffer.subarray(start, end);
  }

  private int16(v: number): void {
    this.buffer.writeInt16BE(v, this.length);
    this.length += 2;
  }

  private int32(v: number): void {
    this.buffer.writeInt32BE(v, this.length);
    this.length += 4;
  }

  private uuid(v: string): void {
    this.int32(16);
    this.buffer.write(v.replace(/-/g, ''), this.length, 16, 'hex');
    this.length += 16;
  }

  private text(v: string): void {
    const bytes = Buffer.byteLength(v, 'utf8');
    this.ensure(4 + bytes);
    this.int32(bytes);
    this.buffer.write(v, this.length, bytes, 'utf8');
    this.length += bytes;
  }

  private int4Field(v: number | null): void {
    if (v === null) return this.int32(-1);
    this.int32(4);
    this.int32(v);
  }

  private int2Array(values: (number | null)[]): void {
    const hasNull = values.includes(null);
    this.int32(20 + values.length * 4 + values.filter((v) => v !== null).length * 2);
    for (const v of [1, hasNull ? 1 : 0, 21, values.length, 1]) this.int32(v);
    for (const v of values) {
      if (v === null) this.int32(-1);
      else {
        this.int32(2);
        this.int16(v);
      }
    }
  }

  append(campaignId: string, line: number, r: AcceptedResponse): [number, number] {
    this.ensure(256 + r.answers.length * 6);
    const start = this.length;
    const s = r.scores;
    this.int16(BINARY_RESPONSE_COLUMNS.length);
    this.uuid(campaignId);
    this.int4Field(line);
    this.uuid(r.enterpriseId);
    this.text(r.respondentKey);
    this.text(r.industryCode);
    this.ensure(128 + r.answers.length * 6);
    this.int32(8);
    this.buffer.writeBigInt64BE(BigInt(r.submittedAtMs - 946_684_800_000) * 1000n, this.length);
    this.length += 8;
    this.text(r.channel);
    this.ensure(128 + r.answers.length * 6);
    this.int4Field(r.completionSeconds);
    this.int2Array(r.answers);
    for (const score of [s.image, s.expectations, s.quality, s.value, s.satisfaction, s.loyalty]) {
      this.int4Field(score);
    }
    if (r.nps === null) this.int32(-1);
    else {
      this.int32(2);
      this.int16({ detractor: 0, passive: 1, promoter: 2 }[r.nps]);
    }
    if (r.complained === null) this.int32(-1);
    else {
      this.int32(1);
      this.buffer.writeUInt8(r.complained ? 1 : 0, this.length);
      this.length += 1;
    }
    if (r.exclusion === null) this.int32(-1);
    else this.text(r.exclusion);
    this.ensure(32);
    this.int32(2);
    this.int16(r.flags);
    this.int32(8);
    this.buffer.fill(0, this.length, this.length + 8);
    this.length += 8;
    return [start, this.length];
  }
}

// Year 0000 to 9999, what the row check lets through.
const unixMs = fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 });
const int32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
const int16 = fc.integer({ min: -(2 ** 15), max: 2 ** 15 - 1 });
const text = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }));
const uuidText = fc.oneof(
  fc.uuid(),
  fc.uuid().map((u) => u.toUpperCase()),
);
const acceptedResponse: fc.Arbitrary<AcceptedResponse> = fc.record({
  enterpriseId: uuidText,
  industryCode: text,
  respondentKey: text,
  submittedAt: fc.constant('(not encoded)'),
  submittedAtMs: unixMs,
  channel: text,
  completionSeconds: fc.option(int32),
  answers: fc.array(fc.option(int16), { maxLength: 40 }),
  scores: fc.record({
    image: fc.option(int32),
    expectations: fc.option(int32),
    quality: fc.option(int32),
    value: fc.option(int32),
    satisfaction: fc.option(int32),
    loyalty: fc.option(int32),
  }),
  nps: fc.constantFrom('detractor' as const, 'passive' as const, 'promoter' as const, null),
  complained: fc.option(fc.boolean()),
  exclusion: fc.option(
    fc.constantFrom(
      'too-few-satisfaction-items' as const,
      'too-many-missing' as const,
      'soft-flags' as const,
    ),
  ),
  flags: int16,
});

describe('the allocation-free encoder against the one it replaced', () => {
  it('writes exactly the same bytes for any sequence of rows, across buffer growth and resets', () => {
    fc.assert(
      fc.property(
        uuidText,
        fc.array(fc.tuple(int32, acceptedResponse), { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        (campaignId, rows, reuse) => {
          const writer = new BinaryTupleWriter();
          if (reuse) {
            writer.append(campaignId, 1, rows[0][1]);
            writer.reset();
          }
          const reference = new ReferenceTupleWriter();
          for (const [line, row] of rows) {
            const span = writer.append(campaignId, line, row);
            const expected = reference.append(campaignId, line, row);
            expect(span).toEqual(expected);
            expect(writer.bytes(...span).equals(reference.bytes(...expected))).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('writes each row under its own campaign when one writer meets several, in any order', () => {
    fc.assert(
      fc.property(
        fc.array(uuidText, { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(), int32, acceptedResponse), { minLength: 1, maxLength: 30 }),
        (campaigns, rows) => {
          const writer = new BinaryTupleWriter();
          const reference = new ReferenceTupleWriter();
          for (const [pick, line, row] of rows) {
            const campaignId = campaigns[pick % campaigns.length];
            const span = writer.append(campaignId, line, row);
            const expected = reference.append(campaignId, line, row);
            expect(writer.bytes(...span).equals(reference.bytes(...expected))).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('splits any time of years 0000-9999 into the int64 microseconds BigInt would give', () => {
    fc.assert(
      fc.property(unixMs, (ms) => {
        const [high, low] = postgresMicrosHalves(ms);
        const bytes = Buffer.alloc(8);
        bytes.writeInt32BE(high, 0);
        bytes.writeUInt32BE(low, 4);
        expect(bytes.readBigInt64BE(0)).toBe(BigInt(ms - 946_684_800_000) * 1000n);
      }),
      { numRuns: 2000 },
    );
  });

  it('parses a uuid in either case and refuses every other shape', () => {
    fc.assert(
      fc.property(uuidText, (u) => {
        expect(Buffer.from(parseUuid(u)!).toString('hex')).toBe(u.replace(/-/g, '').toLowerCase());
      }),
    );
    for (const bad of ['', '11111111222243338444555555555555', '11111111-2222-4333-8444-55555555555g'])
      expect(parseUuid(bad)).toBeNull();
    expect(parseUuid('11111111-2222-4333-8444+555555555555')).toBeNull();
  });
});
