/**
 * The public benchmark's floor: a bare Fastify server (no Nest, no hooks, no plugins) that sends, for each
 * target, the very bytes and headers the API sent it (every header but those Node writes per connection: content
 * type, encoding, ETag, caching, Vary, the security headers, a request id), read once from BARE_ROUTES_FILE. Both sides then send the same pre-compressed bytes; what the API does beyond this is
 * what the benchmark's ratio measures.
 */
import { readFileSync } from 'node:fs';
import fastify from 'fastify';
import { exitOnFailure } from '@app/common';

export interface BareRoute {
  path: string;
  /** Where the body's bytes are, exactly as they travelled. */
  file: string;
  headers: Record<string, string>;
}

async function main() {
  const routes = JSON.parse(readFileSync(process.env.BARE_ROUTES_FILE as string, 'utf8')) as BareRoute[];
  const app = fastify({ logger: false });
  for (const route of routes) {
    const body = readFileSync(route.file);
    app.get(route.path, (_request, reply) => reply.headers(route.headers).send(body));
  }
  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
}

main().catch((error: unknown) => exitOnFailure(error, '[bare-public] failed: '));
