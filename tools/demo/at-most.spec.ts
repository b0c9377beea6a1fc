import { atMost } from './at-most';

describe('a gate of at most n calls at once', () => {
  it('never runs more than n at a time, lets every call through in order, and passes results and errors', async () => {
    const gate = atMost(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const call = (i: number) =>
      gate(async () => {
        started.push(i);
        most = Math.max(most, ++running);
        await new Promise((r) => setTimeout(r, 5));
        running--;
        if (i === 3) throw new Error('three');
        return i * 10;
      });
    const results = await Promise.allSettled([0, 1, 2, 3, 4, 5].map(call));
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : r.reason.message))).toEqual([
      0,
      10,
      20,
      'three',
      40,
      50,
    ]);
  });
});
