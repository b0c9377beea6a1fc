import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** What a reader of a PDF gets: its text, document info, and each page's size and links. */
export interface ReadPdf {
  text: string;
  info: Record<string, unknown>;
  pages: { pageNumber: number; width: number; height: number; links: { url: string; text: string }[] }[];
}

// pdf-parse (pdf.js) loads its worker with a dynamic import(), which jest's CommonJS runtime refuses; a plain
// Node process runs it as its authors intend. So the PDF is read in a child process, handed over on stdin.
const READER = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: Buffer.concat(chunks) });
  try {
    const text = (await parser.getText()).text;
    const info = await parser.getInfo({ parsePageInfo: true });
    process.stdout.write(JSON.stringify({ text, info: info.info, pages: info.pages }));
  } finally {
    await parser.destroy();
  }
});
`;

/** Reads a PDF back as a person's PDF reader would (pdf.js, by way of pdf-parse). */
export function readPdf(pdf: Buffer): Promise<ReadPdf> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', READER], {
      cwd: join(__dirname, '..'),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0)
        return reject(new Error(`pdf-parse failed (${code}): ${Buffer.concat(err).toString()}`));
      resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as ReadPdf);
    });
    child.stdin.end(pdf);
  });
}
