import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';

/** A small but well-formed PDF: what file-type and a browser recognise as one. */
export function samplePdf(text = 'Care Awards entry'): Buffer {
  const body = `1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n% ${text}\n`;
  return Buffer.from(`%PDF-1.4\n%\xe2\xe3\xcf\xd3\n${body}trailer\n<< /Root 1 0 R >>\n%%EOF\n`, 'latin1');
}

/** A 1x1 PNG. */
export function samplePng(): Buffer {
  return Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201ffa65a2c0000000049454e44ae426082',
    'hex',
  );
}

/** The start of a Windows executable (MZ header). */
export function sampleExe(): Buffer {
  return Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from([0x80, 0, 0, 0]), randomBytes(512)]);
}

/** A ZIP archive's first local file header. */
export function sampleZip(): Buffer {
  return Buffer.concat([Buffer.from('504b0304140000000800', 'hex'), randomBytes(200)]);
}

/** Every file under `dir`, relative to it; none when it does not exist. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name).slice(dir.length + 1))
    .sort();
}

export interface RawUpload {
  port: number;
  path: string;
  token: string;
  fileName: string;
  /** The file's bytes, in as many chunks as wanted; nothing is joined, so a large file stays a stream. */
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>;
  /** Cut the connection once this many bytes of the file were sent (an upload abandoned midway). */
  abortAfterBytes?: number;
}

/**
 * A multipart upload over a raw HTTP connection, streamed chunk by chunk with no Content-Length: what a browser
 * on a slow line does, and what can be cut off in the middle. Its answer, or `aborted`.
 */
export async function rawUpload(upload: RawUpload): Promise<{ status: number; body: string } | 'aborted'> {
  const boundary = `----care${randomBytes(8).toString('hex')}`;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: upload.port,
        method: 'POST',
        path: upload.path,
        headers: {
          'content-type': `multipart/form-data; boundary=${boundary}`,
          authorization: `Bearer ${upload.token}`,
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        res.on('error', () => resolve('aborted'));
      },
    );
    req.on('error', (e) => (req.destroyed ? resolve('aborted') : reject(e)));
    const write = (data: Buffer | string) =>
      new Promise<void>((done) => (req.write(data) ? done() : req.once('drain', () => done())));
    void (async () => {
      await write(
        `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${upload.fileName}"\r\n` +
          'content-type: application/octet-stream\r\n\r\n',
      );
      let sent = 0;
      for await (const chunk of upload.chunks) {
        if (req.destroyed) return;
        await write(chunk);
        sent += chunk.length;
        if (upload.abortAfterBytes !== undefined && sent >= upload.abortAfterBytes) {
          // Let the bytes leave before the connection goes, as a client that dies midway does.
          await new Promise((r) => setTimeout(r, 200));
          req.destroy();
          resolve('aborted');
          return;
        }
      }
      await write(`\r\n--${boundary}--\r\n`);
      req.end();
    })().catch(reject);
  });
}
