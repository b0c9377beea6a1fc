import { setBounded } from '@app/common';
import { Injectable } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { noneMatchHits } from './content-negotiation';
import type { Deliverable } from './public-delivery';
import { representationOf } from './representations';

interface Published {
  doc: Deliverable;
  contentType: string;
  /** The route it was answered by, for the request metrics. */
  route: string;
  /** The first answer's headers that do not depend on the representation sent (helmet's, CORS's, caching). */
  headers: Record<string, string | string[]>;
}

/** Headers set per representation, or that belong to one request only. */
const PER_ANSWER = new Set([
  'content-encoding',
  'content-length',
  'etag',
  'x-request-id',
  'date',
  'set-cookie',
  'connection',
  'keep-alive',
  'transfer-encoding',
]);

/**
 * Only a page's own addresses are remembered: its path with `lang=zh` and a known `metric`, nothing else, so
 * made-up query strings can neither fill the memory nor push the real pages out of it.
 */
const QUERY = /^(?:lang=zh|metric=(?:csi|cli|nps))$/;
const MAX_ADDRESS_LENGTH = 200;
export function canonical(url: string): boolean {
  if (url.length > MAX_ADDRESS_LENGTH) return false;
  const at = url.indexOf('?');
  if (at === -1) return true;
  const parts = url.slice(at + 1).split('&');
  return new Set(parts).size === parts.length && parts.every((part) => QUERY.test(part));
}

/** Addresses kept: every page of the demo campaign in both languages, its JSON and files, with room to spare. */
const MAX_ADDRESSES = 5000;

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * The published answers already sent once, by their address, so that later visitors are answered straight from
 * memory by the HTTP server, in front of Fastify and Nest: an in-process cache, as a caching proxy would be.
 * A publication never changes, so neither does an answer drawn from it; and the public benchmark measured the
 * per-request stack at most of the time such an answer took: about 1,500 answers a second through Nest, 5,700
 * from a Fastify hook after CORS and helmet, and 7,900 from the first hook, against 17,600 for a bare Fastify
 * server sending the same bytes. Only answers of announced campaigns are remembered (a controller calls
 * `remember` when it delivers a published document), so nothing under embargo is ever served from here;
 * everything else (a first visit, a "not found", a search, a listing, a CORS request) goes the normal way.
 */
@Injectable()
export class PublishedResponses {
  private readonly byAddress = new Map<string, Published>();

  /** Answers being sent that are to be remembered once they are out, with every header they went out with. */
  private readonly pending = new WeakMap<FastifyRequest, Omit<Published, 'headers' | 'route'>>();

  /**
   * Marks the answer `deliver` is sending to this request as one to remember. It is remembered when it has been
   * sent (see `serveFrom`), so that it keeps every header it went out with, the handler's and `deliver`'s
   * included, not only those the early hooks (CORS, helmet, the request id) set.
   */
  remember(request: FastifyRequest, doc: Deliverable, contentType: string): void {
    if (request.method !== 'GET' || request.headers.origin !== undefined) return;
    if (!canonical(request.url) || this.byAddress.has(request.url)) return;
    this.pending.set(request, { doc, contentType });
  }

  lookup(address: string): Published | undefined {
    return this.byAddress.get(address);
  }

  /**
   * Puts the memory in front of Fastify's request handler: a GET or HEAD of a remembered address, without an
   * `Origin` (CORS's answer depends on it), is answered here with the first answer's headers, this request's
   * own id, the representation it asks for (negotiated as `deliver` does) and a 304 for a matching
   * `If-None-Match`; every other request goes to Fastify. Answers are remembered once sent, when every hook has
   * written its headers.
   */
  serveFrom(
    fastify: FastifyInstance,
    requestId: (request: IncomingMessage) => string,
    observe: (method: string, route: string, status: number, seconds: number) => void,
  ): void {
    fastify.addHook('onResponse', async (request, reply) => this.keep(request, reply));
    const server = fastify.server;
    const handlers = server.listeners('request') as RequestListener[];
    server.removeAllListeners('request');
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      if (this.answer(request, response, requestId, observe)) return;
      for (const handle of handlers) handle.call(server, request, response);
    });
  }

  private keep(request: FastifyRequest, reply: FastifyReply): void {
    const answer = this.pending.get(request);
    if (!answer || reply.statusCode !== 200) return;
    const headers: Published['headers'] = {};
    for (const [name, value] of Object.entries(reply.getHeaders()))
      if (value !== undefined && !PER_ANSWER.has(name) && !name.startsWith('access-control-allow'))
        headers[name] = typeof value === 'number' ? String(value) : value;
    const route = request.routeOptions.url ?? 'unmatched';
    setBounded(this.byAddress, request.url, { ...answer, route, headers }, MAX_ADDRESSES);
  }

  private answer(
    request: IncomingMessage,
    response: ServerResponse,
    requestId: (request: IncomingMessage) => string,
    observe: (method: string, route: string, status: number, seconds: number) => void,
  ): boolean {
    const { method, url } = request;
    if ((method !== 'GET' && method !== 'HEAD') || request.headers.origin !== undefined) return false;
    const hit = url === undefined ? undefined : this.byAddress.get(url);
    if (!hit) return false;
    const started = performance.now();
    const chosen = representationOf(hit.doc, hit.contentType, request.headers['accept-encoding']);
    const headers: Record<string, string | string[] | number> = {
      ...hit.headers,
      'x-request-id': requestId(request),
      etag: chosen.etag,
    };
    let status = 200;
    if (noneMatchHits(request.headers['if-none-match'], chosen.etag)) {
      status = 304;
      response.writeHead(status, headers).end();
    } else {
      if (chosen.coding !== 'identity') headers['content-encoding'] = chosen.coding;
      headers['content-length'] = chosen.body.length;
      response.writeHead(status, headers).end(method === 'HEAD' ? undefined : chosen.body);
    }
    observe(method, hit.route, status, (performance.now() - started) / 1000);
    return true;
  }
}
