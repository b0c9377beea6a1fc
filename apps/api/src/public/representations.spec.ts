import { randomBytes } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { deliverable } from './public-delivery';
import { compressFully, MIN_COMPRESSED_BYTES, representationOf } from './representations';

const HTML = 'text/html; charset=utf-8';
const page = (rows: number) =>
  `<!doctype html><table>${Array.from({ length: rows }, (_, i) => `<tr><td>${i}</td><td>企业 ${i} Co., Ltd.</td></tr>`).join('')}</table>`;
const decode = (coding: string, body: Buffer) =>
  coding === 'br' ? brotliDecompressSync(body) : coding === 'gzip' ? gunzipSync(body) : body;

describe('representationOf', () => {
  it('sends brotli, gzip or identity as asked, each decoding to the very same bytes, each with its own tag', () => {
    const doc = deliverable(page(200));
    const br = representationOf(doc, HTML, 'gzip, deflate, br');
    const gz = representationOf(doc, HTML, 'gzip');
    const plain = representationOf(doc, HTML, undefined);
    expect([br.coding, gz.coding, plain.coding]).toEqual(['br', 'gzip', 'identity']);
    expect(plain).toEqual({ coding: 'identity', body: doc.body, etag: doc.etag });
    for (const r of [br, gz]) {
      expect(decode(r.coding, r.body).equals(doc.body)).toBe(true);
      expect(r.body.length).toBeLessThan(doc.body.length / 3);
    }
    expect(new Set([br.etag, gz.etag, plain.etag]).size).toBe(3);
    expect(br.etag).toBe(`${doc.etag.slice(0, -1)}-br5"`);
  });

  it('compresses the same bytes to the same representation and tag, even drawn again per request', () => {
    const a = representationOf(deliverable(page(50)), HTML, 'br');
    const b = representationOf(deliverable(page(50)), HTML, 'br');
    expect(b.etag).toBe(a.etag);
    expect(b.body.equals(a.body)).toBe(true);
  });

  it('compresses a document sent a second time fully, off the event loop, and keeps it', async () => {
    const doc = deliverable(page(300));
    const first = representationOf(doc, HTML, 'br');
    expect(first.etag).toMatch(/-br5"$/);
    // The second sending starts the full level; until it is done the quick one is sent.
    expect(representationOf(doc, HTML, 'br').etag).toBe(first.etag);
    await compressFully(doc);
    const br = representationOf(doc, HTML, 'br');
    const gz = representationOf(doc, HTML, 'gzip');
    expect([br.etag, gz.etag]).toEqual([`${doc.etag.slice(0, -1)}-br11"`, `${doc.etag.slice(0, -1)}-gz9"`]);
    expect(br.body.length).toBeLessThan(first.body.length);
    expect(decode('br', br.body).equals(doc.body)).toBe(true);
    expect(decode('gzip', gz.body).equals(doc.body)).toBe(true);
    // The same representation, the same object: nothing is compressed again.
    expect(representationOf(doc, HTML, 'br').body).toBe(br.body);
  });

  it('leaves a small body in identity, unless the reader refuses identity', () => {
    const doc = deliverable('{"items":[]}');
    expect(doc.body.length).toBeLessThan(MIN_COMPRESSED_BYTES);
    expect(representationOf(doc, 'application/json', 'br, gzip').coding).toBe('identity');
    const forced = representationOf(deliverable('x'.repeat(500)), 'application/json', 'identity;q=0, gzip');
    expect(forced.coding).toBe('gzip');
  });

  it('sends identity where compressing does not pay: a type already compressed, bytes that do not shrink', () => {
    const noise = deliverable(randomBytes(4096));
    expect(representationOf(noise, 'application/pdf', 'br').coding).toBe('identity');
    expect(representationOf(noise, 'text/plain', 'br').coding).toBe('identity');
    expect(representationOf(noise, 'text/plain', 'identity;q=0, br').coding).toBe('identity');
  });

  it('answers every header with a representation that decodes to the document', () => {
    const doc = deliverable(page(40));
    const header = fc
      .array(
        fc.tuple(fc.constantFrom('br', 'gzip', 'identity', '*', 'deflate'), fc.integer({ min: 0, max: 10 })),
      )
      .map((es) => es.map(([c, q]) => `${c};q=${q / 10}`).join(', '));
    fc.assert(
      fc.property(header, (h) => {
        const r = representationOf(doc, HTML, h);
        return (
          decode(r.coding, r.body).equals(doc.body) && (r.coding === 'identity') === (r.etag === doc.etag)
        );
      }),
    );
  });
});
