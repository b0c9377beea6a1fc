import { Injectable } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { deliver, Deliverable } from './public-delivery';

interface Published {
  doc: Deliverable;
  contentType: string;
  cacheControl: string;
}

/** Addresses kept: every page of the demo campaign in both languages, its JSON and files, with room to spare. */
const MAX_ADDRESSES = 5000;

/**
 * The published answers already sent once, by their address, so that a second visitor is answered straight from
 * memory by a Fastify hook, before Nest's router, guards and pipes: a publication never changes, so neither
 * does an answer drawn from it, and the public benchmark measured Nest's per-request stack at about three
 * quarters of the time such an answer took. Only answers of announced campaigns are remembered (a controller
 * calls `remember` after it delivered a published document), so nothing under embargo is ever served from here;
 * everything else (the first visit, a "not found", a search, a listing) goes the normal way.
 */
@Injectable()
export class PublishedResponses {
  private readonly byAddress = new Map<string, Published>();

  remember(address: string, doc: Deliverable, contentType: string, cacheControl: string): void {
    if (this.byAddress.has(address)) return;
    if (this.byAddress.size >= MAX_ADDRESSES)
      this.byAddress.delete(this.byAddress.keys().next().value as string);
    this.byAddress.set(address, { doc, contentType, cacheControl });
  }

  lookup(address: string): Published | undefined {
    return this.byAddress.get(address);
  }

  /**
   * Answers a GET or HEAD of a remembered address from memory. Added after the hooks that put the request id,
   * helmet's and CORS headers on every reply, so the answer carries the same headers as the first one did.
   */
  serveFrom(fastify: FastifyInstance): void {
    fastify.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const hit = this.byAddress.get(request.url);
      if (!hit) return;
      await deliver(request, reply, hit.doc, hit.contentType, hit.cacheControl);
      return reply;
    });
  }
}
