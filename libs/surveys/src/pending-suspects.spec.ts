import { CHUNKS_PER_CHECK, PendingSuspects, SUSPECTS_PER_CHECK } from './pending-suspects';

const E1 = '00000000-0000-4000-8000-000000000001';
const E2 = '00000000-0000-4000-8000-000000000002';
const suspect = (enterpriseId: string, respondentKey: string, length: number) => ({
  respondent: { enterpriseId, respondentKey },
  length,
});

describe('PendingSuspects', () => {
  it('keeps each suspect with its own tuple and its chunk batch, in the order they were read', () => {
    const pending = new PendingSuspects();
    const b1 = { id: '7', stagedRows: 10 };
    const b2 = { id: '8', stagedRows: 4 };
    pending.add([suspect(E1, 'a', 2), suspect(E1, 'b', 3)], Buffer.from([1, 1, 2, 2, 2]), b1);
    pending.add([suspect(E2, 'a', 1)], Buffer.from([3]), b2);
    const { suspects } = pending.take();
    expect(suspects.map((s) => [s.respondent.respondentKey, [...s.tuple], s.batch.id])).toEqual([
      ['a', [1, 1], '7'],
      ['b', [2, 2, 2], '7'],
      ['a', [3], '8'],
    ]);
    expect(pending.size).toBe(0);
  });

  it('marks the earliest of each respondent among those waiting, across chunks: first response wins', () => {
    const pending = new PendingSuspects();
    const batch = { id: '1', stagedRows: 0 };
    pending.add([suspect(E1, 'k', 1), suspect(E2, 'k', 1)], Buffer.alloc(2), batch);
    // The same key at another enterprise is another respondent; the same pair again is a repeat.
    pending.add([suspect(E2, 'k', 1), suspect(E1, 'x', 1), suspect(E1, 'k', 1)], Buffer.alloc(3), batch);
    expect([...pending.take().first]).toEqual([1, 1, 0, 1, 0]);
  });

  it('is due once SUSPECTS_PER_CHECK wait or CHUNKS_PER_CHECK chunks set some aside, and not for none', () => {
    const pending = new PendingSuspects();
    const batch = { id: '1', stagedRows: 0 };
    for (let c = 1; c < CHUNKS_PER_CHECK; c++) {
      pending.add([suspect(E1, `c${c}`, 1)], Buffer.alloc(1), batch);
      pending.add([], Buffer.alloc(0), batch);
      expect(pending.due).toBe(false);
    }
    pending.add([suspect(E1, 'last', 1)], Buffer.alloc(1), batch);
    expect(pending.due).toBe(true);
    pending.take();
    expect(pending.due).toBe(false);
    const many = Array.from({ length: SUSPECTS_PER_CHECK }, (_, i) => suspect(E2, `m${i}`, 1));
    pending.add(many, Buffer.alloc(SUSPECTS_PER_CHECK), batch);
    expect(pending.due).toBe(true);
  });
});
