import { createHash } from 'node:crypto';
import { Transform, TransformCallback } from 'node:stream';
import { Utf8TextCheck } from '../checks/utf8-text';
import type { ScanSession } from '../scanning/clamd-scanner';

/** What the meter refuses the bytes for, as the upload pipeline turns it into the client's answer. */
export class MeterRefusal extends Error {
  constructor(readonly reason: 'too-large' | 'not-text') {
    super(reason === 'too-large' ? 'The file is larger than its limit' : 'The file is not UTF-8 text');
    this.name = 'MeterRefusal';
  }
}

/**
 * The bytes of one upload on their way to storage: counted against the limit (stopping at the first byte
 * past it), hashed, checked as text when they were taken for text, and handed to the virus scanner as they
 * pass. The scanner's pace holds the stream back, so nothing piles up in memory when clamd is slower.
 */
export class MeteredStream extends Transform {
  private readonly hash = createHash('sha256');
  private readonly text: Utf8TextCheck | null;
  private readonly scan: ScanSession | null;
  bytes = 0;

  constructor(
    private readonly limitBytes: number,
    options: { text: boolean; scan: ScanSession | null },
  ) {
    super();
    this.text = options.text ? new Utf8TextCheck() : null;
    this.scan = options.scan;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.limitBytes) return done(new MeterRefusal('too-large'));
    if (this.text && !this.text.push(chunk)) return done(new MeterRefusal('not-text'));
    this.hash.update(chunk);
    if (!this.scan) return done(null, chunk);
    this.scan.write(chunk).then(
      () => done(null, chunk),
      (error: Error) => done(error),
    );
  }

  override _flush(done: TransformCallback): void {
    if (this.text && !this.text.end()) return done(new MeterRefusal('not-text'));
    done();
  }

  /** Hex SHA-256 of every byte that passed; read once the stream has ended. */
  digest(): string {
    return this.hash.digest('hex');
  }
}
