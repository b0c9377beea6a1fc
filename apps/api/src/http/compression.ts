import compress from '@fastify/compress';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { constants } from 'node:zlib';

/** The request header @fastify/compress reads to leave a reply alone; the only per-reply switch it offers. */
const NO_COMPRESSION = 'x-no-compression';

/**
 * Tells @fastify/compress to leave this request's reply as it is. For a reply whose bytes were chosen on
 * purpose in identity (see public/public-delivery.ts): the plugin reads `Content-Encoding: identity` as "not
 * compressed yet" and compresses it anyway, and would negotiate zstd or deflate from a header we answered with
 * identity. Set through Fastify's setter, which adds the header to what the request is read as.
 */
export function leaveUncompressed(request: FastifyRequest): void {
  if (request.headers[NO_COMPRESSION] === undefined)
    request.headers = { ...request.headers, [NO_COMPRESSION]: 'server' };
}

const isStream = (payload: unknown): boolean =>
  typeof (payload as { pipe?: unknown } | null)?.pipe === 'function' ||
  typeof (payload as { getReader?: unknown } | null)?.getReader === 'function';

/**
 * The plugin takes a body whose first two bytes happen to read as a gzip or zlib header for data already
 * compressed, and sends it unchanged but labelled with the coding it negotiated, which no client can decode:
 * text starting "80", "H," or "x " does (reproduced with @fastify/compress 9.2.0). Such a body goes out plain.
 */
function looksCompressed(payload: unknown): boolean {
  const b = typeof payload === 'string' ? Buffer.from(payload.slice(0, 2)) : payload;
  if (!Buffer.isBuffer(b) || b.length < 2) return false;
  const gzip = b[0] === 0x1f && b[1] === 0x8b;
  const zlib = (b[0] & 0x0f) === 0x08 && (b[0] & 0x80) === 0 && ((b[0] << 8) + b[1]) % 31 === 0;
  return gzip || zlib;
}

/**
 * Compresses the API's replies on the fly: JSON and text over 1 KB, brotli or gzip. What it never touches:
 * - a reply with `Content-Encoding` already set (the plugin's own rule), such as the public site's
 *   pre-compressed documents, and one its route chose to send in identity (`leaveUncompressed`);
 * - a streamed reply or one with `Content-Disposition`: downloads (ZIP archives, PDFs, exports, uploaded
 *   documents' bytes with their exact `Content-Length`) are sent as their bytes are;
 * - a request body: the API reads only plain JSON and streams, so request decompression stays off (it would
 *   also open a way around the body size limits).
 */
export async function compressResponses(fastify: FastifyInstance): Promise<void> {
  // Instance hooks run before the plugin's route hooks, so this decides before the plugin looks.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (isStream(payload) || reply.hasHeader('content-disposition') || looksCompressed(payload))
      leaveUncompressed(request);
    done(null, payload);
  });
  await fastify.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    globalDecompression: false,
    // Compressed per request, so speed matters more than the last bytes: zlib's default brotli quality, 11,
    // takes 18 ms for a 13 KB body where 5 takes 0.3 ms (Node 20, this machine) for a body about 20 % larger.
    brotliOptions: {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    },
    zlibOptions: { level: 6 },
    // Replaces the plugin's list, which compresses application/octet-stream too: opaque bytes stay as they are
    // (the plugin still asks mime-db of anything else, where octet-stream, ZIP and PDF are not compressible).
    customTypes: /^(text\/|application\/([\w.+-]+\+)?(json|xml)\b)/i,
  });
}
