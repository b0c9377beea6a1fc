import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { createServer, Socket } from 'node:net';
import { QUEUES } from '@app/queue';
import { freePort } from '../../../tools/local-infra';
import { createApiApp } from '../src/create-api-app';
import { eventually } from '@app/testing';

/** The ioredis client under a queue's connection: its state is what this test steers. */
const clientOf = (queue: Queue) =>
  (queue as unknown as { connection: { _client: Redis } }).connection._client;

const everyClient = (clients: Redis[], status: string, what: string) =>
  eventually(() => Promise.resolve(clients.every((c) => c.status === status) || undefined), 8000, what);

/**
 * The API shutting down while its queues still wait for Redis, each having been refused once: BullMQ rejects a
 * connection's initialisation with that refusal after close() has removed the connection's listeners, and emits
 * it where nobody listens, which (unguarded) ends the whole process. On a loaded machine a shutdown during a
 * reconnect attempt to a closed port does it, now and then; here a server that accepts and never answers (a
 * proxy whose Redis is away, a Redis still starting) holds every queue's retry in that state.
 */
describe('Shutting down while the queues wait for Redis', () => {
  it('closes the API without an error nobody listens to', async () => {
    const port = await freePort();
    const saved = process.env.REDIS_URL;
    process.env.REDIS_URL = `redis://127.0.0.1:${port}`;
    const sockets: Socket[] = [];
    const silent = createServer((socket) => {
      sockets.push(socket);
      // Reads (and ignores) what arrives, so that a client's disconnect reaches it and closes the socket.
      socket.resume().on('end', () => socket.destroy());
    });
    const app = await createApiApp();
    let closed = false;
    try {
      const clients = Object.values(QUEUES).map((name) => clientOf(app.get<Queue>(getQueueToken(name))));
      // Refused once (nothing listens yet): each initialisation now has an error to reject with...
      await everyClient(clients, 'reconnecting', 'the first connection attempts to be refused');
      await new Promise<void>((resolve) => silent.listen(port, '127.0.0.1', resolve));
      await app.init();
      // ...then, a second later, connected to a server that never answers the ready check.
      await everyClient(clients, 'connect', 'the retries to connect');

      await app.close();
      closed = true;
      // The sockets close, and the initialisations reject, after close() has returned.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(clients.map((c) => c.status)).toEqual(clients.map(() => 'end'));
    } finally {
      if (!closed) await app.close();
      process.env.REDIS_URL = saved;
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  }, 20_000);
});
