import { AddressInfo, createServer, Server, Socket } from 'node:net';

/** The EICAR test file: harmless, and detected as a virus by every scanner by agreement. */
export const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';
export const EICAR_SIGNATURE = 'Win.Test.EICAR_HDB-1';

/** `scan`: answers as clamd does; `silent`: takes the connection and the bytes and never answers. */
export type FakeClamdMode = 'scan' | 'silent';

/** What the fake scanned: per stream, its size and what it answered. */
export interface FakeScan {
  bytes: number;
  answer: string;
}

/**
 * A TCP server that speaks clamd's INSTREAM and PING (z- and n-forms): it reads the length-prefixed chunks as
 * clamd does and answers `stream: OK`, or `stream: Win.Test.EICAR_HDB-1 FOUND` when the bytes hold the EICAR
 * string (found across chunk boundaries). The real client talks to it over a real socket; nothing is mocked.
 */
export class FakeClamd {
  readonly scans: FakeScan[] = [];
  mode: FakeClamdMode = 'scan';
  private readonly sockets = new Set<Socket>();

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeClamd> {
    const server = createServer();
    const clamd = new FakeClamd(server);
    server.on('connection', (socket) => clamd.serve(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return clamd;
  }

  get url(): string {
    return `tcp://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private serve(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffered = Buffer.alloc(0);
    let command: string | null = null;
    let terminator = '\0';
    let scanned = 0;
    // The end of the bytes seen so far, long enough to find EICAR across a chunk boundary.
    let tail = '';
    let found = false;
    socket.on('data', (data: Buffer) => {
      buffered = Buffer.concat([buffered, data]);
      if (command === null) {
        const end = buffered.findIndex((b) => b === 0 || b === 0x0a);
        if (end < 0) return;
        const raw = buffered.subarray(0, end).toString('latin1');
        terminator = raw.startsWith('n') ? '\n' : '\0';
        command = raw.slice(1);
        buffered = buffered.subarray(end + 1);
        if (command === 'PING') {
          socket.end(`PONG${terminator}`);
          return;
        }
        if (command !== 'INSTREAM') {
          socket.end(`UNKNOWN COMMAND${terminator}`);
          return;
        }
      }
      while (buffered.length >= 4) {
        const length = buffered.readUInt32BE(0);
        if (length === 0) {
          const answer = found ? `stream: ${EICAR_SIGNATURE} FOUND` : 'stream: OK';
          this.scans.push({ bytes: scanned, answer });
          buffered = buffered.subarray(4);
          if (this.mode === 'scan') socket.end(`${answer}${terminator}`);
          return;
        }
        if (buffered.length < 4 + length) return;
        const chunk = buffered.subarray(4, 4 + length).toString('latin1');
        buffered = buffered.subarray(4 + length);
        scanned += length;
        const window = tail + chunk;
        if (window.includes(EICAR)) found = true;
        tail = window.slice(-EICAR.length);
      }
    });
  }
}

/** An address where nothing listens: a clamd that is configured but down. */
export async function unreachableClamdUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `tcp://127.0.0.1:${port}`;
}
