import { AdmissionQueue } from './admission-queue';

const flush = () => new Promise((r) => setImmediate(r));

describe('AdmissionQueue', () => {
  it('admits while the weights fit, then waiting callers in order as places free up', async () => {
    const queue = new AdmissionQueue(10, 10);
    const order: string[] = [];
    const small = await queue.enter(3, () => false);
    const medium = await queue.enter(7, () => false);
    expect(queue.inUse).toBe(10);
    const big = queue.enter(10, () => false).then((r) => (order.push('big'), r));
    const tiny = queue.enter(1, () => false).then((r) => (order.push('tiny'), r));
    await flush();
    // The tiny one would fit beside nothing else, but waits behind the big one: first come, first served.
    expect(order).toEqual([]);
    expect(queue.queued).toBe(2);
    small?.();
    await flush();
    expect(order).toEqual([]);
    medium?.();
    const releaseBig = await big;
    expect(order).toEqual(['big']);
    releaseBig?.();
    releaseBig?.(); // twice is once
    (await tiny)?.();
    expect(order).toEqual(['big', 'tiny']);
    expect(queue.inUse).toBe(0);
  });

  it('admits one caller heavier than the capacity when nobody else holds a place', async () => {
    const queue = new AdmissionQueue(10, 10);
    const heavy = await queue.enter(50, () => false);
    expect(heavy).not.toBeNull();
    heavy?.();
    expect(queue.inUse).toBe(0);
  });

  it('refuses at once when too many wait, and passes on the turn of a caller who gave up', async () => {
    const queue = new AdmissionQueue(1, 1);
    const holder = await queue.enter(1, () => false);
    let gaveUp = false;
    const waiting = queue.enter(1, () => gaveUp);
    expect(await queue.enter(1, () => false)).toBeNull();
    gaveUp = true;
    holder?.();
    expect(await waiting).toBeNull();
    expect(queue.inUse).toBe(0);
    expect(await queue.enter(1, () => false)).not.toBeNull();
  });
});
