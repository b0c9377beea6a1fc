import fastify, { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compressResponses } from '../http/compression';
import { CACHE_NOTHING, CACHE_PUBLISHED, deliver, deliverable } from './public-delivery';

const HTML = 'text/html; charset=utf-8';
const kept = deliverable(
  `<!doctype html><ol>${Array.from({ length: 300 }, (_, i) => `<li>Enterprise ${i} 企业</li>`).join('')}</ol>`,
);

describe('deliver, behind the API’s compression plugin', () => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = fastify();
    await compressResponses(app);
    app.get('/page', (request, reply) => deliver(request, reply, kept, HTML, CACHE_PUBLISHED));
    app.get('/drawn', (request, reply) =>
      deliver(request, reply, deliverable(kept.body.toString()), HTML, CACHE_PUBLISHED),
    );
    app.get('/missing', (request, reply) => deliver(request, reply, kept, HTML, CACHE_NOTHING, 404));
    // Text that no coding makes smaller: identity is chosen, though the plugin would compress text/plain.
    const noise = deliverable(randomBytes(4096));
    app.get('/noise', (request, reply) => deliver(request, reply, noise, 'text/plain', CACHE_PUBLISHED));
    app.get('/cors', (request, reply) => {
      void reply.header('vary', 'Origin');
      return deliver(request, reply, kept, HTML, CACHE_PUBLISHED);
    });
    await app.ready();
  });
  afterAll(() => app.close());

  const get = (url: string, headers: Record<string, string> = {}, method: 'GET' | 'HEAD' = 'GET') =>
    app.inject({ method, url, headers });

  it('sends each encoding once, with its length, its own ETag and Vary, decoding to the same bytes', async () => {
    const [br, gz, plain] = await Promise.all([
      get('/page', { 'accept-encoding': 'gzip, deflate, br' }),
      get('/page', { 'accept-encoding': 'gzip' }),
      get('/page'),
    ]);
    expect([br, gz, plain].map((r) => r.headers['content-encoding'])).toEqual(['br', 'gzip', undefined]);
    expect(brotliDecompressSync(br.rawPayload).equals(kept.body)).toBe(true);
    expect(gunzipSync(gz.rawPayload).equals(kept.body)).toBe(true);
    expect(plain.rawPayload.equals(kept.body)).toBe(true);
    for (const r of [br, gz, plain]) {
      expect(r.statusCode).toBe(200);
      expect(Number(r.headers['content-length'])).toBe(r.rawPayload.length);
      expect(r.headers.vary).toBe('accept-encoding');
      expect(r.headers['cache-control']).toBe(CACHE_PUBLISHED);
      expect(r.headers['content-type']).toBe(HTML);
    }
    expect(plain.headers.etag).toBe(kept.etag);
    expect(new Set([br, gz, plain].map((r) => r.headers.etag)).size).toBe(3);
  });

  it('answers If-None-Match naming the representation (in a list, weak, or *) with 304 and no body', async () => {
    const { etag } = (await get('/page', { 'accept-encoding': 'br' })).headers as { etag: string };
    for (const inm of [etag, `"other", W/${etag}`, '*']) {
      const r = await get('/page', { 'accept-encoding': 'br', 'if-none-match': inm });
      expect(r.statusCode).toBe(304);
      expect(r.rawPayload.length).toBe(0);
      expect(r.headers.etag).toBe(etag);
      expect(r.headers.vary).toBe('accept-encoding');
      expect(r.headers['content-encoding']).toBeUndefined();
    }
    // The tag of another representation is not this one's.
    const gz = await get('/page', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(gz.statusCode).toBe(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await get('/page', { 'accept-encoding': 'br' }, 'HEAD');
    const full = await get('/page', { 'accept-encoding': 'br' });
    expect(head.statusCode).toBe(200);
    expect(head.rawPayload.length).toBe(0);
    for (const h of ['etag', 'content-encoding', 'content-length', 'vary', 'content-type'])
      expect(head.headers[h]).toBe(full.headers[h]);
  });

  it('keeps the plugin off what it chose to send in identity, whatever else the reader accepts', async () => {
    for (const accept of ['deflate', 'zstd, deflate', 'br;q=0, gzip;q=0', 'identity']) {
      const r = await get('/page', { 'accept-encoding': accept });
      expect(r.headers['content-encoding']).toBeUndefined();
      expect(r.rawPayload.equals(kept.body)).toBe(true);
      expect(r.headers.etag).toBe(kept.etag);
    }
    const noise = await get('/noise', { 'accept-encoding': 'br, gzip' });
    expect(noise.headers['content-encoding']).toBeUndefined();
    expect(noise.rawPayload.length).toBe(4096);
  });

  it('compresses a document drawn per request the same way each time: a stable ETag', async () => {
    const a = await get('/drawn', { 'accept-encoding': 'br' });
    const b = await get('/drawn', { 'accept-encoding': 'br' });
    expect(a.headers.etag).toBe(b.headers.etag);
    expect(a.rawPayload.equals(b.rawPayload)).toBe(true);
  });

  it('negotiates a "not found" page too, without an ETag, and ignores If-None-Match there', async () => {
    const r = await get('/missing', { 'accept-encoding': 'br', 'if-none-match': '*' });
    expect(r.statusCode).toBe(404);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers.etag).toBeUndefined();
    expect(r.headers['cache-control']).toBe(CACHE_NOTHING);
  });

  it('adds accept-encoding to a Vary already set', async () => {
    expect((await get('/cors', { 'accept-encoding': 'br' })).headers.vary).toBe('Origin, accept-encoding');
  });
});
