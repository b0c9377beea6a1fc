import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';
import { chooseCoding, ContentCoding, representationTag } from './content-negotiation';

/** Bytes ready to send as they are, with their strong ETag. */
export interface Deliverable {
  body: Buffer;
  etag: string;
}

/** One representation of a deliverable: the bytes on the wire, how they are coded, and their own ETag. */
export interface Representation extends Deliverable {
  coding: ContentCoding;
}

type Compressed = Exclude<ContentCoding, 'identity'>;

/**
 * Below this a compressed body saves a few hundred bytes at most, less than a round trip is worth; such a body
 * is compressed only for a reader that refuses identity.
 */
export const MIN_COMPRESSED_BYTES = 1024;

/**
 * Two levels. A document kept by its owner (a publication, a drawn page) is compressed once at the best
 * ratio, on libuv's threads: brotli 11 of a 220 KB page takes about 270 ms of CPU (2 cores, Node 20), which must
 * never hold the event loop. A document drawn per request is compressed once per request, so it gets the
 * quick level: brotli 11 of a 3.6 KB page takes 5.4 ms against 0.1 ms at 5, which would cost a small page
 * more time than drawing it, for a body 15-25 % larger than 11's (measured on pages of 3.6 to 220 KB).
 */
const LEVELS = {
  quick: { br: 5, gzip: 6 },
  full: { br: 11, gzip: 9 },
} as const;
type Level = keyof typeof LEVELS;

const TAG: Record<Compressed, string> = { br: 'br', gzip: 'gz' };

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

function brotliOptions(body: Buffer, quality: number) {
  return {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  };
}

interface Encodings {
  level: Level;
  /** The full-level compression, once started (it is started once). */
  full?: Promise<void>;
  /** Each coding's representation once made; null when compressing did not make the body smaller. */
  br?: Representation | null;
  gzip?: Representation | null;
}

/**
 * The compressed representations of each body, held as long as the body itself: a document its owner keeps
 * keeps its compressed forms, one drawn per request loses them with it.
 */
const encodings = new WeakMap<Buffer, Encodings>();

/** Text compresses; images, PDFs and archives are already compressed and are sent as they are. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|[\w.+-]+\+(json|xml))\b|image\/svg\+xml\b)/i;

export function compressible(contentType: string): boolean {
  return COMPRESSIBLE.test(contentType);
}

function made(doc: Deliverable, coding: Compressed, level: Level, body: Buffer): Representation | null {
  if (body.length >= doc.body.length) return null;
  return { coding, body, etag: representationTag(doc.etag, `${TAG[coding]}${LEVELS[level][coding]}`) };
}

function compressNow(doc: Deliverable, coding: Compressed): Representation | null {
  const { quick } = LEVELS;
  const body =
    coding === 'br'
      ? brotliCompressSync(doc.body, brotliOptions(doc.body, quick.br))
      : gzipSync(doc.body, { level: quick.gzip });
  return made(doc, coding, 'quick', body);
}

function entryOf(doc: Deliverable): { entry: Encodings; seenBefore: boolean } {
  const found = encodings.get(doc.body);
  if (found) return { entry: found, seenBefore: true };
  const entry: Encodings = { level: 'quick' };
  encodings.set(doc.body, entry);
  return { entry, seenBefore: false };
}

/**
 * Compresses `doc` at the full level, off the event loop, and keeps the result; until it is done, readers get
 * the quick level. An owner that keeps a document may call this at once; otherwise it happens the second time
 * the same bytes are sent, which is how a kept document tells itself from one drawn per request.
 */
export function compressFully(doc: Deliverable): Promise<void> {
  const { entry } = entryOf(doc);
  entry.full ??= Promise.all([
    brotliAsync(doc.body, brotliOptions(doc.body, LEVELS.full.br)),
    gzipAsync(doc.body, { level: LEVELS.full.gzip }),
  ]).then(
    ([br, gz]) => {
      entry.br = made(doc, 'br', 'full', br);
      entry.gzip = made(doc, 'gzip', 'full', gz);
      entry.level = 'full';
    },
    // zlib does not fail on bytes in memory; should it, the quick level simply stays.
    () => undefined,
  );
  return entry.full;
}

function encoded(doc: Deliverable, coding: Compressed): Representation | null {
  const { entry, seenBefore } = entryOf(doc);
  if (seenBefore && !entry.full) void compressFully(doc);
  if (entry[coding] === undefined) entry[coding] = compressNow(doc, coding);
  return entry[coding];
}

/**
 * The representation to send a reader whose `Accept-Encoding` is `acceptEncoding`: brotli, then gzip, by the
 * reader's q-values; identity for a small body when the reader takes it, for a type that does not compress,
 * and for a reader that refuses everything (RFC 9110 lets a server send identity then rather than a 406).
 */
export function representationOf(
  doc: Deliverable,
  contentType: string,
  acceptEncoding: string | undefined,
): Representation {
  const identity: Representation = { coding: 'identity', body: doc.body, etag: doc.etag };
  if (!compressible(contentType)) return identity;
  const small = doc.body.length < MIN_COMPRESSED_BYTES;
  const coding =
    (small ? chooseCoding(acceptEncoding, ['identity']) : null) ??
    chooseCoding(acceptEncoding, small ? ['br', 'gzip'] : ['br', 'gzip', 'identity']);
  if (coding === null || coding === 'identity') return identity;
  return encoded(doc, coding) ?? identity;
}
