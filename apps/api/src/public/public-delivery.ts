import type { FastifyReply, FastifyRequest } from 'fastify';
import { etagOf } from '@app/awards';

export interface Deliverable {
  body: Buffer;
  etag: string;
}

/** Published results never change, so browsers and proxies may keep them for a while. */
export const CACHE_PUBLISHED = 'public, max-age=300';
/**
 * A listing changes at an announcement, so it is revalidated on every use (a 304 when unchanged): a visitor who
 * looked before the announcement sees the results at once after it.
 */
export const CACHE_LISTING = 'public, no-cache';
/** An absent result must not be kept: it may be announced a second later. */
export const CACHE_NOTHING = 'no-store';

export function deliverable(text: string): Deliverable {
  const body = Buffer.from(text);
  return { body, etag: etagOf(body) };
}

/** Sends bytes already serialised, with their ETag; a matching If-None-Match gets a 304 without a body. */
export function deliver(
  request: FastifyRequest,
  reply: FastifyReply,
  doc: Deliverable,
  contentType: string,
  cacheControl: string,
  status = 200,
): FastifyReply {
  void reply.header('cache-control', cacheControl).header('vary', 'accept-encoding');
  if (status !== 200) return reply.code(status).header('content-type', contentType).send(doc.body);
  void reply.header('etag', doc.etag);
  if (request.headers['if-none-match'] === doc.etag) return reply.code(304).send();
  return reply.code(200).header('content-type', contentType).send(doc.body);
}
