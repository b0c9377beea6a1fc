import { createReadStream, statSync } from 'node:fs';
import { Agent, type ClientRequest, request } from 'node:http';

/** A small JSON client for the platform's API, used by the benchmarks and the demo. */
export class Client {
  token = '';
  constructor(readonly base: string) {}

  async call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    token = this.token,
  ): Promise<T> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token && { authorization: `Bearer ${token}` }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 500)}`);
    return JSON.parse(text) as T;
  }

  /** Streams a file as the request body, as a survey partner would. */
  upload(path: string, file: string, contentType: string): Promise<Record<string, unknown>> {
    return this.send(path, contentType, statSync(file).size, (req, fail) =>
      createReadStream(file).on('error', fail).pipe(req),
    );
  }

  /**
   * Sends bytes already encoded, through node:http rather than fetch: a benchmark's load must not take the
   * CPU it measures, and fetch spent 27-47 ms of it per 10,000-row JSON batch against 6-8 ms (a harness of
   * the ingest bench's JSON phase on two cores, 2026-12-03). Pass a keep-alive agent to send one request
   * after another on one connection.
   */
  post(path: string, body: Buffer, contentType: string, agent?: Agent): Promise<Record<string, unknown>> {
    return this.send(path, contentType, body.length, (req) => req.end(body), agent);
  }

  private send(
    path: string,
    contentType: string,
    length: number,
    write: (req: ClientRequest, fail: (error: Error) => void) => void,
    agent?: Agent,
  ): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const url = new URL(`${this.base}${path}`);
      const req = request(
        {
          method: 'POST',
          host: url.hostname,
          port: url.port,
          path: url.pathname + url.search,
          agent,
          headers: {
            'content-type': contentType,
            'content-length': length,
            authorization: `Bearer ${this.token}`,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString();
            if ((res.statusCode ?? 500) >= 300) {
              return reject(new Error(`POST ${path}: ${res.statusCode} ${text.slice(0, 500)}`));
            }
            try {
              resolve(JSON.parse(text) as Record<string, unknown>);
            } catch {
              reject(new Error(`POST ${path}: ${res.statusCode}, not JSON: ${text.slice(0, 500)}`));
            }
          });
        },
      );
      req.on('error', reject);
      write(req, (error) => {
        req.destroy(error);
        reject(error);
      });
    });
  }
}

/** Runs `work` over `items` with at most `concurrency` at a time, keeping the items' order in the results. */
export async function inParallel<T, R>(
  items: T[],
  concurrency: number,
  work: (item: T, i: number) => Promise<R>,
) {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return results;
}
