import { AdmissionQueue } from './admission-queue';

const flush = () => new Promise((r) => setImmediate(r));

describe('AdmissionQueue', () => {
  it('admits up to its capacity, then one waiting caller per release, in order', async () => {
    const queue = new AdmissionQueue(1, 10);
    const order: string[] = [];
    const first = await queue.enter(() => false);
    expect(first).not.toBeNull();
    const second = queue.enter(() => false).then((r) => (order.push('second'), r));
    const third = queue.enter(() => false).then((r) => (order.push('third'), r));
    await flush();
    expect(order).toEqual([]);
    expect(queue.queued).toBe(2);
    first?.();
    const releaseSecond = await second;
    expect(order).toEqual(['second']);
    releaseSecond?.();
    releaseSecond?.(); // twice is once
    (await third)?.();
    expect(order).toEqual(['second', 'third']);
    expect(queue.inUse).toBe(0);
  });

  it('refuses at once when too many wait, and passes on the turn of a caller who gave up', async () => {
    const queue = new AdmissionQueue(1, 1);
    const holder = await queue.enter(() => false);
    let gaveUp = false;
    const waiting = queue.enter(() => gaveUp);
    expect(await queue.enter(() => false)).toBeNull();
    gaveUp = true;
    holder?.();
    expect(await waiting).toBeNull();
    expect(queue.inUse).toBe(0);
    const again = await queue.enter(() => false);
    expect(again).not.toBeNull();
    expect(queue.inUse).toBe(1);
  });
});
