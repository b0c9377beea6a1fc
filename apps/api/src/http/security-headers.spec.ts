import Fastify from 'fastify';
import { SECURITY_HEADERS, sendSecurityHeaders } from './security-headers';

async function serverWith(options: Parameters<typeof sendSecurityHeaders>[1]) {
  const fastify = Fastify();
  sendSecurityHeaders(fastify, options);
  fastify.get('/', () => ({ ok: true }));
  await fastify.ready();
  return fastify;
}

describe('sendSecurityHeaders', () => {
  it('sends the policy and the framing refusal on an answer', async () => {
    const fastify = await serverWith(SECURITY_HEADERS);
    const res = await fastify.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    await fastify.close();
  });

  it('fails the answer rather than send it without its headers when helmet cannot write one', async () => {
    // A policy value computed per request that holds a ';' is one helmet refuses, setting no header after it.
    const fastify = await serverWith({
      contentSecurityPolicy: { directives: { defaultSrc: ["'self'", () => "'self'; script-src *"] } },
    });
    const res = await fastify.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).not.toEqual({ ok: true });
    await fastify.close();
  });
});
