import { connect, Socket } from 'node:net';
import {
  END_OF_STREAM,
  frameChunk,
  INSTREAM_COMMAND,
  parseScanReply,
  PING_COMMAND,
  ScanReply,
} from './instream-framing';

export interface ClamdAddress {
  host: string;
  port: number;
  /** How long clamd may take to accept the connection, take a chunk or answer. */
  timeoutMs: number;
}

/** Why a scan could not be done; the upload is refused as the scanner being unavailable. */
export class ScannerFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScannerFailure';
  }
}

/** One file on its way through clamd: its bytes are written as they pass, and the verdict read at the end. */
export interface ScanSession {
  write(chunk: Uint8Array): Promise<void>;
  /** Ends the stream and reads clamd's answer. */
  verdict(): Promise<ScanReply>;
  /** Drops the connection (the upload failed for another reason). */
  abort(): void;
}

/**
 * A client for clamd's INSTREAM over TCP. Written here rather than taken from npm: the maintained packages
 * (`clamscan`) wrap the clamscan/clamdscan binaries and their config files, or buffer the file, where all we
 * need is the few lines of a documented protocol over a socket, streamed as the upload passes.
 *
 * Only waits on clamd are timed (connecting, a full socket buffer, the answer): a slow uploader keeps the
 * connection idle without it failing here (clamd's own ReadTimeout may still end it).
 */
export class ClamdScanner {
  constructor(private readonly address: ClamdAddress) {}

  describe(): string {
    return `clamd at ${this.address.host}:${this.address.port}`;
  }

  async start(): Promise<ScanSession> {
    const socket = await this.connect();
    const connection = new ClamdConnection(socket, this.address.timeoutMs);
    await connection.send([INSTREAM_COMMAND]);
    return {
      write: (chunk) => connection.send(frameChunk(chunk)),
      verdict: async () => {
        await connection.send([END_OF_STREAM]);
        return parseScanReply(await connection.answer());
      },
      abort: () => socket.destroy(),
    };
  }

  /** Whether clamd answers PING with PONG, for the start banner. */
  async ping(): Promise<boolean> {
    try {
      const connection = new ClamdConnection(await this.connect(), this.address.timeoutMs);
      await connection.send([PING_COMMAND]);
      return (await connection.answer()).replace(/\0/g, '').trim() === 'PONG';
    } catch {
      return false;
    }
  }

  private connect(): Promise<Socket> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: this.address.host, port: this.address.port });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new ScannerFailure(`no connection to ${this.describe()} within ${this.address.timeoutMs} ms`));
      }, this.address.timeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve(socket);
      });
      socket.once('error', (e) => {
        clearTimeout(timer);
        reject(new ScannerFailure(`${this.describe()}: ${e.message}`));
      });
    });
  }
}

/** A connected socket to clamd: what it has said so far, and whether it is still there. */
class ClamdConnection {
  private received = '';
  private failure: ScannerFailure | null = null;
  private closed = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly socket: Socket,
    private readonly timeoutMs: number,
  ) {
    socket.setEncoding('latin1');
    socket.on('data', (text: string) => {
      this.received += text;
      this.notify();
    });
    // Registered for the connection's whole life: a socket error with no listener would end the process.
    socket.on('error', (e) => {
      this.failure ??= new ScannerFailure(`clamd connection: ${e.message}`);
      this.notify();
    });
    socket.on('close', () => {
      this.closed = true;
      this.notify();
    });
  }

  /** Writes the frames, waiting (timed) for the socket to drain when its buffer is full. */
  async send(frames: Buffer[]): Promise<void> {
    let full = false;
    for (const frame of frames) {
      this.check();
      full = !this.socket.write(frame) || full;
    }
    if (full) await this.until(() => this.socket.writableLength === 0, 'take the stream');
    this.check();
  }

  /** clamd's answer: everything up to its NUL, or what it said before closing. */
  async answer(): Promise<string> {
    await this.until(() => this.received.includes('\0') || this.closed, 'answer');
    this.socket.destroy();
    if (this.received === '' && this.failure) throw this.failure;
    return this.received;
  }

  private check(): void {
    if (this.failure) throw this.failure;
    // clamd closes early when it refuses the stream (too long, say), with the reason as its answer.
    if (this.closed || this.received !== '') {
      throw new ScannerFailure(`clamd stopped reading: ${parseReplyText(this.received)}`);
    }
  }

  private until(done: () => boolean, what: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const settle = () => {
        if (this.failure && !done()) finish(this.failure);
        else if (done()) finish(null);
        else if (this.closed)
          finish(new ScannerFailure(`clamd closed the connection before it would ${what}`));
      };
      const timer = setTimeout(() => {
        finish(new ScannerFailure(`clamd did not ${what} within ${this.timeoutMs} ms`));
        this.socket.destroy();
      }, this.timeoutMs);
      const finish = (error: Error | null) => {
        clearTimeout(timer);
        this.listeners.delete(settle);
        this.socket.off('drain', settle);
        if (error) reject(error);
        else resolve();
      };
      this.listeners.add(settle);
      this.socket.on('drain', settle);
      settle();
    });
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

function parseReplyText(received: string): string {
  const reply = parseScanReply(received);
  return reply.verdict === 'error' ? reply.message : reply.verdict;
}
