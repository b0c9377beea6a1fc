import { setBounded } from '@app/common';
import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AwardErrors } from '../awards.errors';
import { AwardsRepository } from '../awards.repository';
import { normaliseCertificateCode, Publication } from './publication';

/** A published document ready to send: its serialised body and an ETag of exactly those bytes. */
export interface PublicDocument<T> {
  content: T;
  body: Buffer;
  etag: string;
}

/** A strong ETag of exactly these bytes. */
export const etagOf = (body: Buffer): string =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

const document = <T>(content: T): PublicDocument<T> => {
  const body = Buffer.from(JSON.stringify(content));
  return { content, body, etag: etagOf(body) };
};

/** Announced campaigns are few (one or two a year); this bounds the cache against any surprise. */
const MAX_CACHED = 200;
const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

/**
 * What the public reads: only publications, which exist from the announcement on and never change. So a
 * publication, once read, is cached in memory for good, serialised once; nothing of an unannounced campaign is
 * ever read here, so an unknown campaign and an unannounced one answer exactly alike.
 */
@Injectable()
export class PublicResultsService {
  private readonly published = new Map<string, PublicDocument<Publication>>();

  constructor(private readonly awards: AwardsRepository) {}

  async campaign(slug: string): Promise<PublicDocument<Publication>> {
    const cached = this.published.get(slug);
    if (cached) return cached;
    const stored = SLUG.test(slug) ? await this.awards.publicationBySlug(slug) : null;
    if (!stored) throw AwardErrors.notPublished();
    const doc = document(stored.content);
    setBounded(this.published, slug, doc, MAX_CACHED);
    return doc;
  }

  /** Announced campaigns, newest first. */
  announced() {
    return this.awards.publicationList();
  }

  /** The same, as the JSON document the public API sends. */
  async list() {
    return document({ items: await this.announced() });
  }

  async certificate(code: string) {
    const normalised = normaliseCertificateCode(code);
    const found = /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/.test(normalised)
      ? await this.awards.certificate(normalised)
      : null;
    if (!found) throw AwardErrors.certificateNotFound();
    return document({ valid: true, ...found.content, issuedAt: found.issuedAt.toISOString() });
  }
}
