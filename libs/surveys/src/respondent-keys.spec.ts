import fc from 'fast-check';
import {
  FirstResponses,
  markFirstResponses,
  Respondent,
  RespondentHashes,
  StoredRespondentFilter,
} from './respondent-keys';

const ENTERPRISES = [
  '7d2c5e1a-3b4f-4a6d-8e9f-0a1b2c3d4e5f',
  '0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d',
  'f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9',
];
// Few enterprises and short keys: repeats are common, and so are equal keys of different enterprises.
const respondent = fc.record({
  enterpriseId: fc.constantFrom(...ENTERPRISES),
  respondentKey: fc.string({ maxLength: 3 }),
});
const rowsOf = fc.array(respondent, { maxLength: 300 });

/** The rule written plainly: a row is kept when no earlier row has its enterprise and respondent key. */
function firstOfEach(rows: Respondent[]): number[] {
  const seen = new Set<string>();
  return rows.map((r) => {
    const key = JSON.stringify([r.enterpriseId, r.respondentKey]);
    if (seen.has(key)) return 0;
    seen.add(key);
    return 1;
  });
}

describe('respondent keys', () => {
  it('keeps the first response of each respondent in a chunk and marks every later one', () => {
    // One FirstResponses for every case, as an import keeps it: its hashes and scratch space reused, whatever the size.
    const firsts = new FirstResponses();
    fc.assert(
      fc.property(rowsOf, (rows) => {
        const kept = new Uint8Array(rows.length);
        const count = firsts.mark(rows, kept);
        const expected = firstOfEach(rows);
        expect([...kept]).toEqual(expected);
        expect(count).toBe(expected.filter((k) => k === 1).length);
      }),
    );
  });

  it('stays exact when every row hashes to the same slot', () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({
      enterpriseId: ENTERPRISES[i % 2],
      respondentKey: `k${i % 7}`,
    }));
    const kept = new Uint8Array(rows.length);
    const count = markFirstResponses(rows, new Int32Array(rows.length), kept, new Int32Array(128));
    expect([...kept]).toEqual(firstOfEach(rows));
    expect(count).toBe(14);
  });

  it('hashes a respondent alike whatever came before it, in this chunk or import or another', () => {
    fc.assert(
      fc.property(rowsOf, rowsOf, (earlier, later) => {
        const shared = new RespondentHashes();
        shared.hash(earlier);
        shared.hash(later);
        const alone = new RespondentHashes();
        alone.hash(later.slice().reverse());
        const n = later.length;
        expect([...shared.first.subarray(0, n)]).toEqual([...alone.first.subarray(0, n)].reverse());
        expect([...shared.second.subarray(0, n)]).toEqual([...alone.second.subarray(0, n)].reverse());
      }),
    );
  });

  it('never answers "no" for a respondent it was given', () => {
    fc.assert(
      fc.property(rowsOf, fc.array(respondent, { maxLength: 50 }), (stored, asked) => {
        const hashes = new RespondentHashes();
        const filter = new StoredRespondentFilter();
        hashes.hash(stored);
        for (let i = 0; i < stored.length; i++) filter.add(hashes.first[i], hashes.second[i]);
        hashes.hash([...stored, ...asked]);
        for (let i = 0; i < stored.length; i++) {
          expect(filter.mayHold(hashes.first[i], hashes.second[i])).toBe(true);
        }
      }),
    );
  });

  it('answers "maybe" for few respondents it was not given', () => {
    const hashes = new RespondentHashes();
    const filter = new StoredRespondentFilter();
    const stored = Array.from({ length: 100_000 }, (_, i) => ({
      enterpriseId: ENTERPRISES[i % 3],
      respondentKey: `r-${i}`,
    }));
    hashes.hash(stored);
    for (let i = 0; i < stored.length; i++) filter.add(hashes.first[i], hashes.second[i]);
    const others = stored.map((r) => ({ ...r, respondentKey: `other-${r.respondentKey}` }));
    hashes.hash(others);
    let maybe = 0;
    for (let i = 0; i < others.length; i++) if (filter.mayHold(hashes.first[i], hashes.second[i])) maybe++;
    expect(maybe).toBeLessThan(10);
  });
});
