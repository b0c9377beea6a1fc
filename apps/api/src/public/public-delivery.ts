import type { FastifyReply, FastifyRequest } from 'fastify';
import { etagOf } from '@app/awards';
import { leaveUncompressed } from '../http/compression';
import { noneMatchHits } from './content-negotiation';
import { Deliverable, representationOf } from './representations';

export type { Deliverable } from './representations';

/** Published results never change, so browsers and proxies may keep them for a while. */
export const CACHE_PUBLISHED = 'public, max-age=300';
/**
 * A listing changes at an announcement, so it is revalidated on every use (a 304 when unchanged): a visitor who
 * looked before the announcement sees the results at once after it.
 */
export const CACHE_LISTING = 'public, no-cache';
/** An absent result must not be kept: it may be announced a second later. */
export const CACHE_NOTHING = 'no-store';

/** Text (or bytes) serialised once, with the strong ETag of exactly those bytes. */
export function deliverable(content: string | Buffer): Deliverable {
  const body = typeof content === 'string' ? Buffer.from(content) : content;
  return { body, etag: etagOf(body) };
}

/** Adds `accept-encoding` to whatever `Vary` already holds (CORS may have put `Origin` there). */
function varyOnEncoding(reply: FastifyReply): void {
  const current = reply.getHeader('vary');
  const list = (Array.isArray(current) ? current.join(',') : String(current ?? ''))
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  if (list.includes('*') || list.some((v) => v.toLowerCase() === 'accept-encoding')) return;
  void reply.header('vary', [...list, 'accept-encoding'].join(', '));
}

/**
 * Sends bytes already serialised in the representation the reader asks for (brotli, gzip or identity, each
 * compressed once and kept with the bytes, see representations.ts), with that representation's strong ETag;
 * an `If-None-Match` naming it gets a 304 without a body. HEAD gets the same headers: Fastify answers it
 * through this GET and drops the body. A status other than 200 (a "not found" page) is negotiated alike but
 * carries no ETag, so it is never revalidated.
 */
export function deliver(
  request: FastifyRequest,
  reply: FastifyReply,
  doc: Deliverable,
  contentType: string,
  cacheControl: string,
  status = 200,
): FastifyReply {
  const chosen = representationOf(doc, contentType, request.headers['accept-encoding']);
  void reply.header('cache-control', cacheControl);
  varyOnEncoding(reply);
  if (status === 200) {
    void reply.header('etag', chosen.etag);
    if (noneMatchHits(request.headers['if-none-match'], chosen.etag)) return reply.code(304).send();
  }
  if (chosen.coding === 'identity') leaveUncompressed(request);
  else void reply.header('content-encoding', chosen.coding);
  return reply
    .code(status)
    .header('content-type', contentType)
    .header('content-length', chosen.body.length)
    .send(chosen.body);
}
