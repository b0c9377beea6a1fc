import { BatchRow, CHUNKS_PER_CHECK, PendingSuspects, Suspect, SUSPECTS_PER_CHECK } from './pending-suspects';

const E1 = '00000000-0000-4000-8000-000000000001';
const E2 = '00000000-0000-4000-8000-000000000002';
const batch = (id: string): BatchRow => ({ id, stagedRows: 0 });
const suspect = (
  enterpriseId: string,
  respondentKey: string,
  of: BatchRow,
  tuple = Buffer.alloc(1),
): Suspect => ({
  respondent: { enterpriseId, respondentKey },
  tuple,
  batch: of,
});

describe('PendingSuspects', () => {
  it('gives back every suspect with its tuple and batch, in the order they were added, and empties', () => {
    const pending = new PendingSuspects();
    const [b1, b2] = [batch('7'), batch('8')];
    pending.add([suspect(E1, 'a', b1, Buffer.from([1, 1])), suspect(E1, 'b', b1, Buffer.from([2]))]);
    pending.add([suspect(E2, 'a', b2, Buffer.from([3]))]);
    const { suspects } = pending.take();
    expect(suspects.map((s) => [s.respondent.respondentKey, [...s.tuple], s.batch.id])).toEqual([
      ['a', [1, 1], '7'],
      ['b', [2], '7'],
      ['a', [3], '8'],
    ]);
    expect(pending.size).toBe(0);
  });

  it('marks the earliest of each respondent among those waiting, across chunks: first response wins', () => {
    const pending = new PendingSuspects();
    const b = batch('1');
    pending.add([suspect(E1, 'k', b), suspect(E2, 'k', b)]);
    // The same key at another enterprise is another respondent; the same pair again is a repeat.
    pending.add([suspect(E2, 'k', b), suspect(E1, 'x', b), suspect(E1, 'k', b)]);
    expect([...pending.take().first]).toEqual([1, 1, 0, 1, 0]);
  });

  it('is due once CHUNKS_PER_CHECK chunks were added since the earliest suspect waiting, with or without their own', () => {
    const pending = new PendingSuspects();
    const b = batch('1');
    // Chunks before any suspect do not count.
    for (let c = 0; c < 2 * CHUNKS_PER_CHECK; c++) pending.add([]);
    pending.add([suspect(E1, 'early', b)]);
    for (let c = 2; c < CHUNKS_PER_CHECK; c++) {
      pending.add([]);
      expect(pending.due).toBe(false);
    }
    pending.add([]);
    expect(pending.due).toBe(true);
    pending.take();
    expect(pending.due).toBe(false);
  });

  it('is due once SUSPECTS_PER_CHECK wait, whatever the chunks', () => {
    const pending = new PendingSuspects();
    const b = batch('1');
    pending.add(Array.from({ length: SUSPECTS_PER_CHECK - 1 }, (_, i) => suspect(E2, `m${i}`, b)));
    expect(pending.due).toBe(false);
    pending.add([suspect(E2, 'last', b)]);
    expect(pending.due).toBe(true);
  });
});
