import type { LoggerService } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import type { ArchiveFile, MaterialsArchive } from '@app/judging';
import { contentDisposition } from '../documents/content-headers';
import { csvLine } from '../http/csv';

const MANIFEST_HEADER = ['entrant', 'file', 'sha256', 'size', 'source', 'document'];

/** The headers the archive is sent with: a download, never cached (it is the entrants' material). */
export function zipHeaders(fileName: string) {
  return {
    'content-type': 'application/zip',
    'content-disposition': contentDisposition(fileName, false),
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
  };
}

/**
 * The round's materials as a ZIP, streamed: each stored document is opened only when the archive reaches it
 * (`addReadStreamLazy`), so one storage stream is open at a time, and the next entrant is read from the
 * database only once the archive has started on the one before, so memory holds about two entrants whatever
 * the round's size. Nothing is assembled in memory or on disk. `manifest.csv` (entrant, file, SHA-256, size,
 * source, document id) comes last, written from the rows gathered on the way. A failure midway (a storage
 * error, a document whose bytes do not match its size) is logged and cuts the download short, so the client
 * sees a broken archive rather than a complete-looking one; a client that goes away stops the reading.
 */
export function materialsZip(archive: MaterialsArchive, logger: LoggerService): Readable {
  const zip = new ZipFile();
  const output = zip.outputStream as Readable;
  let current: Readable | null = null;
  let finished = false;
  let stopped = false;
  let onStop: () => void = () => undefined;
  const stoppedSignal = new Promise<void>((resolve) => (onStop = resolve));
  const stop = (error?: unknown) => {
    if (stopped) return;
    stopped = true;
    onStop();
    current?.destroy();
    if (error) {
      logger.error(`The materials archive ${archive.fileName} was cut short: ${(error as Error).message}`);
      output.destroy(error as Error);
    }
  };
  zip.on('error', stop);
  output.on('end', () => (finished = true));
  output.on('close', () => {
    if (!finished) stop();
  });

  /** Adds an entrant's files; resolves once the archive starts on the first, i.e. is done with the entrant before. */
  const add = (files: ArchiveFile[]): Promise<void> =>
    new Promise((reached) => {
      if (files.length === 0) return reached();
      files.forEach((file, i) =>
        zip.addReadStreamLazy(
          file.path,
          { size: file.size, mtime: file.mtime, compress: file.compress },
          (callback) => {
            if (i === 0) reached();
            if (stopped) return;
            file.open().then(
              (stream) => {
                current = stream;
                // yazl pipes the stream without listening for its errors: an unheard one would end the process.
                stream.once('error', stop);
                callback(null, stream);
              },
              (error: unknown) => callback(error, undefined as unknown as Readable),
            );
          },
        ),
      );
    });

  const write = async () => {
    const rows = [csvLine(MANIFEST_HEADER)];
    let reached: Promise<void> = Promise.resolve();
    for await (const files of archive.batches()) {
      await Promise.race([reached, stoppedSignal]);
      if (stopped) return;
      reached = add(files);
      for (const f of files)
        rows.push(csvLine([f.entrant, f.path, f.sha256, f.size, f.source, f.documentId]));
    }
    // A byte-order mark, so spreadsheet programs read the Chinese names.
    zip.addBuffer(Buffer.from(`\ufeff${rows.join('')}`), 'manifest.csv', { mtime: new Date() });
    zip.end();
  };
  write().catch(stop);
  return output;
}
