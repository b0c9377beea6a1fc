import { postgresMicrosHalves } from './postgres-time';
import type { AcceptedResponse } from './response-row';
import { uuidBytes } from './uuid-bytes';

/**
 * PostgreSQL's binary COPY format for survey_responses rows. The server then reads uuids, timestamps, arrays
 * and integers as bytes instead of parsing their text, which is most of what COPY costs it per row; this side
 * has the spare CPU to encode them.
 *
 * A tuple is: int16 field count, then per field an int32 length (-1 for NULL) and the bytes, big-endian.
 */
export const BINARY_COPY_HEADER = Buffer.concat([
  Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'),
  Buffer.alloc(8), // flags, header extension length
]);
export const BINARY_COPY_TRAILER = Buffer.from([0xff, 0xff]);

/** survey_responses columns in the order encodeResponse writes them. */
export const BINARY_RESPONSE_COLUMNS = [
  'campaign_id',
  'line',
  'enterprise_id',
  'respondent_key',
  'industry_code',
  'submitted_at',
  'channel',
  'completion_seconds',
  'answers',
  'score_image',
  'score_expectations',
  'score_quality',
  'score_value',
  'score_satisfaction',
  'score_loyalty',
  'nps_category',
  'complained',
  'exclusion',
  'flags',
  'batch_id',
] as const;

const INT2_OID = 21;
const NPS_CODE = { detractor: 0, passive: 1, promoter: 2 } as const;
/** The last field of every tuple: the batch id, patched in when the chunk is written. */
export const BATCH_ID_BYTES = 8;
/** Texts this short are copied char by char when ASCII: cheaper than two native calls (length, write). */
const SHORT_TEXT = 64;
const INITIAL_BYTES = 1 << 21;

/**
 * Appends tuples to one growing buffer; each tuple ends with a batch id placeholder written later. Bytes are
 * set one by one and nothing is allocated per row (uuids come from a cache, times without BigInt), because
 * encoding ran on every accepted row of every import on the API's one thread. `reset` lets a chunk's buffer
 * serve the next chunk once its rows are written.
 */
export class BinaryTupleWriter {
  private buffer = Buffer.allocUnsafe(INITIAL_BYTES);
  private length = 0;
  private readonly halves: [number, number] = [0, 0];
  /** The campaign id of the last tuple and its bytes: an import writes one campaign on every row. */
  private campaignText = '';
  private campaignBytes: Uint8Array | null = null;

  private ensure(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + extra));
    this.buffer.copy(bigger, 0, 0, this.length);
    this.buffer = bigger;
  }

  get size(): number {
    return this.length;
  }

  /** Forgets the tuples and keeps the buffer; only once no one reads the earlier bytes any more. */
  reset(): void {
    this.length = 0;
  }

  bytes(start = 0, end = this.length): Buffer {
    return this.buffer.subarray(start, end);
  }

  private int16(v: number): void {
    const b = this.buffer;
    const at = this.length;
    b[at] = (v >>> 8) & 0xff;
    b[at + 1] = v & 0xff;
    this.length = at + 2;
  }

  private int32(v: number): void {
    const b = this.buffer;
    const at = this.length;
    b[at] = (v >>> 24) & 0xff;
    b[at + 1] = (v >>> 16) & 0xff;
    b[at + 2] = (v >>> 8) & 0xff;
    b[at + 3] = v & 0xff;
    this.length = at + 4;
  }

  private nullField(): void {
    this.int32(-1);
  }

  private uuid(v: string, bytes = uuidBytes(v)): void {
    this.int32(16);
    if (bytes) {
      // Byte by byte: for 16 bytes, cheaper than the native call of Uint8Array.set.
      const b = this.buffer;
      const at = this.length;
      for (let i = 0; i < 16; i++) b[at + i] = bytes[i];
    }
    // Not in canonical form (never so once checked): decoded as before, up to the first non-hex pair.
    else this.buffer.write(v.replace(/-/g, ''), this.length, 16, 'hex');
    this.length += 16;
  }

  private text(v: string): void {
    if (v.length <= SHORT_TEXT) {
      this.ensure(4 + SHORT_TEXT);
      const b = this.buffer;
      const start = this.length + 4;
      let i = 0;
      for (; i < v.length; i++) {
        const c = v.charCodeAt(i);
        if (c >= 0x80) break;
        b[start + i] = c;
      }
      if (i === v.length) {
        this.int32(i);
        this.length += i;
        return;
      }
    }
    const bytes = Buffer.byteLength(v, 'utf8');
    this.ensure(4 + bytes);
    this.int32(bytes);
    this.buffer.write(v, this.length, bytes, 'utf8');
    this.length += bytes;
  }

  private int4Field(v: number | null): void {
    if (v === null) return this.nullField();
    this.int32(4);
    this.int32(v);
  }

  private int2Field(v: number): void {
    this.int32(2);
    this.int16(v);
  }

  private int2Array(values: (number | null)[]): void {
    let nulls = 0;
    for (let i = 0; i < values.length; i++) if (values[i] === null) nulls++;
    this.int32(20 + values.length * 6 - nulls * 2);
    this.int32(1); // dimensions
    this.int32(nulls > 0 ? 1 : 0);
    this.int32(INT2_OID);
    this.int32(values.length);
    this.int32(1); // lower bound
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null) this.int32(-1);
      else {
        this.int32(2);
        this.int16(v);
      }
    }
  }

  private timestamp(unixMs: number): void {
    const [high, low] = postgresMicrosHalves(unixMs, this.halves);
    this.int32(8);
    this.int32(high);
    this.int32(low);
  }

  /** One tuple; returns its [start, end) in the buffer. */
  append(campaignId: string, line: number, r: AcceptedResponse): [number, number] {
    // Fixed fields and the answers fit within this; texts make sure of their own room.
    this.ensure(256 + r.answers.length * 6);
    const start = this.length;
    const s = r.scores;
    this.int16(BINARY_RESPONSE_COLUMNS.length);
    if (campaignId !== this.campaignText) {
      this.campaignText = campaignId;
      this.campaignBytes = uuidBytes(campaignId);
    }
    this.uuid(campaignId, this.campaignBytes);
    this.int4Field(line);
    this.uuid(r.enterpriseId);
    this.text(r.respondentKey);
    this.text(r.industryCode);
    this.ensure(128 + r.answers.length * 6);
    this.timestamp(r.submittedAtMs);
    this.text(r.channel);
    this.ensure(128 + r.answers.length * 6);
    this.int4Field(r.completionSeconds);
    this.int2Array(r.answers);
    this.int4Field(s.image);
    this.int4Field(s.expectations);
    this.int4Field(s.quality);
    this.int4Field(s.value);
    this.int4Field(s.satisfaction);
    this.int4Field(s.loyalty);
    if (r.nps === null) this.nullField();
    else this.int2Field(NPS_CODE[r.nps]);
    if (r.complained === null) this.nullField();
    else {
      this.int32(1);
      this.buffer[this.length++] = r.complained ? 1 : 0;
    }
    if (r.exclusion === null) this.nullField();
    else this.text(r.exclusion);
    this.ensure(32);
    this.int2Field(r.flags);
    this.int32(BATCH_ID_BYTES);
    // Zeroed byte by byte: a native fill call per row cost more than the eight stores.
    const b = this.buffer;
    const at = this.length;
    for (let i = 0; i < BATCH_ID_BYTES; i++) b[at + i] = 0;
    this.length = at + BATCH_ID_BYTES;
    return [start, this.length];
  }
}
