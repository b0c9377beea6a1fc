import multipart from '@fastify/multipart';
import { applyDecorators, HttpException } from '@nestjs/common';
import { NestFastifyApplication, RouteConfig } from '@nestjs/platform-fastify';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { DomainError } from '@app/common';
import { DocumentErrors, IncomingFile } from '@app/documents';
import { replyWithError } from '../http/exception.filter';
import { UPLOAD_FIELD, UploadErrors } from './upload-errors';

declare module 'fastify' {
  interface FastifyRequest {
    /** The platform's ceiling on one upload, DOCUMENT_MAX_BYTES (set once, for every request). */
    documentUploadCeiling: number;
    /** The upload receiveUpload handed out, until it has been read to the end. */
    pendingUpload: PendingUpload | null;
  }
}

interface PendingUpload {
  file: Readable;
  stream: Readable;
  complete: boolean;
}

/**
 * Marks a route that takes an upload (multipart/form-data, the file in the part `file`, read with
 * receiveUpload); every other route refuses multipart bodies with 415, as it refuses any body but JSON.
 */
export const AcceptsUpload = () =>
  applyDecorators(
    RouteConfig({ acceptsUpload: true }),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: [UPLOAD_FIELD],
        properties: { [UPLOAD_FIELD]: { type: 'string', format: 'binary', example: '(the file)' } },
      },
    }),
  );

/**
 * Parses multipart bodies on routes marked AcceptsUpload, when the route asks (receiveUpload) and never
 * buffered: busboy streams the file part as it arrives. Its limits leave room for a form's few small fields
 * beside one file; the file's own limit is one byte over the ceiling, so the upload's meter, whose limit is at
 * most the ceiling, is what refuses an oversized file, with its 413 naming the limit.
 */
export async function acceptUploads(app: NestFastifyApplication, ceilingBytes: number): Promise<void> {
  await app.register(multipart, {
    limits: {
      files: 1,
      fields: 8,
      fieldSize: 4096,
      fieldNameSize: 100,
      parts: 10,
      headerPairs: 100,
      fileSize: ceilingBytes + 1,
    },
    throwFileSizeLimit: true,
  });
  const fastify = app.getHttpAdapter().getInstance();
  // Before the body is read, like the refusal of any other media type a route does not take.
  fastify.addHook('onRequest', async (request, reply) => {
    const type = request.headers['content-type']?.toLowerCase() ?? '';
    if (!type.startsWith('multipart/')) return;
    if ((request.routeOptions.config as { acceptsUpload?: boolean } | undefined)?.acceptsUpload) return;
    if (!request.routeOptions.url) return;
    return replyWithError(
      reply,
      new HttpException(`Unsupported Media Type: ${type.split(';')[0]}`, 415),
      request,
    );
  });
  fastify.decorateRequest('documentUploadCeiling', ceilingBytes);
  fastify.decorateRequest('pendingUpload', null);
  // A refused upload (its type, its size, the caller's rights) is answered before its body has arrived. Reading
  // the rest, up to the ceiling, lets the client finish sending and see the answer, and keeps the connection
  // usable; past the ceiling the connection is closed. A route that never asked for the file is covered too.
  fastify.addHook('onResponse', (request, _reply, done) => {
    const pending = request.pendingUpload;
    if (pending && !pending.complete) {
      pending.stream.destroy();
      pending.file.destroy();
    }
    if (request.isMultipart() && !request.raw.readableEnded) discardRestOf(request);
    done();
  });
}

/**
 * The one file of a multipart upload, as a stream, for DocumentsService.store. The part must be named `file`
 * (400 otherwise, and when the body is not multipart or has no file); small fields before or after it are
 * allowed and ignored. The stream ends only once the whole body has been read, and errors instead if a second
 * file follows (400), the file is past the ceiling (413) or the client goes away (400 UPLOAD_INTERRUPTED, which
 * reaches nobody but is no server fault). Credentials were checked before the body was read (see
 * authenticate-before-body.ts).
 */
export async function receiveUpload(request: FastifyRequest): Promise<IncomingFile> {
  if (!request.isMultipart()) throw UploadErrors.notMultipart();
  const parts = request.parts();
  for (;;) {
    const next = await nextPart(parts, request);
    if (next.done) throw UploadErrors.fileMissing();
    const part = next.value;
    if (part.type !== 'file') continue;
    if (part.fieldname !== UPLOAD_FIELD) {
      part.file.resume();
      throw UploadErrors.fileMissing();
    }
    const pending: PendingUpload = { file: part.file, stream: new Readable(), complete: false };
    pending.stream = Readable.from(fileThenRest(part.file, parts, request, pending), { objectMode: false });
    // Destroyed unread (the file refused on its first bytes): stop the parser feeding it.
    pending.stream.once('close', () => {
      if (!pending.complete) part.file.destroy();
    });
    request.pendingUpload = pending;
    return { fileName: part.filename, stream: pending.stream };
  }
}

async function* fileThenRest(
  file: Readable & { truncated?: boolean },
  parts: AsyncIterableIterator<{ type: string; file?: Readable }>,
  request: FastifyRequest,
  pending: PendingUpload,
): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of file) yield chunk as Buffer;
  } catch (error) {
    throw uploadErrorOf(error, request);
  }
  if (file.truncated) throw DocumentErrors.tooLarge(request.documentUploadCeiling);
  // The file is whole; what follows may be small fields, and nothing else.
  for (;;) {
    const next = await nextPart(parts, request);
    if (next.done) break;
    if (next.value.type === 'file') {
      next.value.file?.resume();
      throw UploadErrors.extraFiles();
    }
  }
  pending.complete = true;
}

async function nextPart<T>(parts: AsyncIterator<T>, request: FastifyRequest): Promise<IteratorResult<T>> {
  try {
    return await parts.next();
  } catch (error) {
    throw uploadErrorOf(error, request);
  }
}

/** What a parser or connection error means for the uploader; a client gone midway is no server fault. */
function uploadErrorOf(error: unknown, request: FastifyRequest): DomainError {
  if (error instanceof DomainError) return error;
  const code = (error as { code?: string }).code;
  const message = (error as Error | undefined)?.message ?? '';
  switch (code) {
    case 'FST_FILES_LIMIT':
      return UploadErrors.extraFiles();
    case 'FST_REQ_FILE_TOO_LARGE':
      return DocumentErrors.tooLarge(request.documentUploadCeiling);
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return UploadErrors.notMultipart();
    case 'FST_MP_PREMATURE_CLOSE':
    case 'ECONNRESET':
    case 'ERR_STREAM_PREMATURE_CLOSE':
      return DocumentErrors.interrupted();
  }
  if (request.raw.destroyed || request.raw.aborted || /terminated early|Unexpected end/i.test(message)) {
    return DocumentErrors.interrupted();
  }
  return UploadErrors.malformed();
}

/** Reads and drops what is left of the body, up to the ceiling; beyond it, closes the connection. */
function discardRestOf(request: FastifyRequest): void {
  const raw = request.raw;
  let left = request.documentUploadCeiling;
  // After the parser has let go of the body (it unpipes, and unpiping pauses), so nothing pauses it again.
  setImmediate(() => {
    if (raw.readableEnded || raw.destroyed) return;
    raw.unpipe();
    raw.on('data', (chunk: Buffer) => {
      left -= chunk.length;
      if (left < 0) raw.socket?.destroy();
    });
    raw.resume();
  });
}
