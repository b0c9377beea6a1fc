import type { SnapshotEntry } from './industry-snapshot';
import { snapshotOverviewSummary } from './snapshot-overview';

/** Only the fields the summary reads; the rest of an entry does not matter to it. */
const entry = (enterpriseId: string, legalName: string, rank: number | null, publishedCsi: number | null) =>
  ({ enterpriseId, legalName, rank, publishedCsi }) as SnapshotEntry;

describe('the overview summary of a snapshot', () => {
  it('counts the ranked entries and names the winner set in its own order', () => {
    const entries = [
      entry('a', 'Alpha Care', 1, 81.2),
      entry('b', 'Beta Service', 1, 81.2),
      entry('c', 'Gamma Contact', 3, 70.4),
      entry('d', 'Delta Listed', null, 66.7),
      entry('e', 'Epsilon Few', null, null),
    ];
    // The winner set is in rank order, which need not be the entries' order.
    expect(snapshotOverviewSummary({ entries, winnerSet: ['b', 'a'] })).toEqual({
      ranked: 3,
      winnerSummary: [
        { enterpriseId: 'b', legalName: 'Beta Service', publishedCsi: 81.2 },
        { enterpriseId: 'a', legalName: 'Alpha Care', publishedCsi: 81.2 },
      ],
    });
  });

  it('names a winner without an entry with an empty name and no CSI', () => {
    expect(snapshotOverviewSummary({ entries: [entry('a', 'Alpha', 1, 90)], winnerSet: ['x'] })).toEqual({
      ranked: 1,
      winnerSummary: [{ enterpriseId: 'x', legalName: '', publishedCsi: null }],
    });
  });

  it('takes the first entry of an enterprise listed twice', () => {
    const entries = [entry('a', 'First', 1, 90), entry('a', 'Second', 2, 80)];
    expect(snapshotOverviewSummary({ entries, winnerSet: ['a'] }).winnerSummary).toEqual([
      { enterpriseId: 'a', legalName: 'First', publishedCsi: 90 },
    ]);
  });

  it('summarises an industry with nobody ranked', () => {
    expect(snapshotOverviewSummary({ entries: [entry('a', 'A', null, null)], winnerSet: [] })).toEqual({
      ranked: 0,
      winnerSummary: [],
    });
    expect(snapshotOverviewSummary({ entries: [], winnerSet: [] })).toEqual({ ranked: 0, winnerSummary: [] });
  });
});
