import fastify, { FastifyInstance } from 'fastify';
import { Readable } from 'node:stream';
import { brotliDecompressSync, gzipSync } from 'node:zlib';
import { compressResponses } from './compression';

const json = JSON.stringify({ items: Array.from({ length: 100 }, (_, i) => ({ name: `Enterprise ${i}` })) });

describe('compressResponses', () => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = fastify();
    await compressResponses(app);
    app.get('/json', (_request, reply) => reply.type('application/json').send(json));
    app.get('/small', (_request, reply) => reply.type('application/json').send('{"ok":true}'));
    app.get('/stream', (_request, reply) => reply.type('text/csv').send(Readable.from([json])));
    app.get('/download', (_request, reply) =>
      reply.type('text/plain').header('content-disposition', 'attachment; filename="a.txt"').send(json),
    );
    app.get('/bytes', (_request, reply) => reply.type('application/octet-stream').send(Buffer.from(json)));
    app.get('/gzipped', (_request, reply) => reply.type('application/json').send(gzipSync(json)));
    app.get('/eighty', (_request, reply) => reply.type('text/plain').send(`80 enterprises\n${json}`));
    app.get('/pre-encoded', (_request, reply) =>
      reply.type('application/json').header('content-encoding', 'gzip').send(gzipSync(json)),
    );
    app.post('/echo', (request, reply) => reply.send(request.body));
    await app.ready();
  });
  afterAll(() => app.close());

  const get = (url: string, accept = 'gzip, deflate, br, zstd') =>
    app.inject({ url, headers: { 'accept-encoding': accept } });

  it('compresses JSON over 1 KB with brotli or gzip, never with deflate or zstd', async () => {
    const br = await get('/json');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(json);
    expect((await get('/json', 'gzip')).headers['content-encoding']).toBe('gzip');
    expect((await get('/json', 'deflate, zstd')).headers['content-encoding']).toBeUndefined();
    expect((await get('/small')).headers['content-encoding']).toBeUndefined();
  });

  it('leaves streams, downloads and opaque bytes as they are', async () => {
    for (const url of ['/stream', '/download', '/bytes']) {
      const r = await get(url);
      expect([url, r.headers['content-encoding']]).toEqual([url, undefined]);
      expect(r.body).toBe(json);
    }
  });

  it('does not label bytes it did not compress: a gzip body, or text that starts like a zlib header', async () => {
    const gz = await get('/gzipped');
    expect(gz.headers['content-encoding']).toBeUndefined();
    expect(gz.rawPayload.equals(gzipSync(json))).toBe(true);
    const eighty = await get('/eighty');
    expect(eighty.headers['content-encoding']).toBeUndefined();
    expect(eighty.body).toBe(`80 enterprises\n${json}`);
  });

  it('sends a body its route already encoded as it is', async () => {
    const r = await get('/pre-encoded');
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.rawPayload.equals(gzipSync(json))).toBe(true);
  });

  it('does not decompress request bodies', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/echo',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: gzipSync('{"a":1}'),
    });
    expect(r.statusCode).toBe(400);
  });
});
