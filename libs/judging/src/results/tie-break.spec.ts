import { proposeAdvancement } from './advancement';
import { DEFAULT_TIE_BREAK, rankEntrants, RankingEntry } from './tie-break';

const entry = (
  entrantId: string,
  score: number,
  heaviest = 50,
  spread = 5,
  chairOrder: number | null = null,
): RankingEntry => ({
  entrantId,
  score,
  heaviestCategoryPercent: heaviest,
  spread,
  chairOrder,
});

describe('tie-breaks, in the published order', () => {
  it('records which step decided each place', () => {
    const ranked = rankEntrants(
      [
        entry('A', 80, 70),
        entry('B', 80, 75), // same score; B is stronger in the heaviest category
        entry('C', 70, 60, 5),
        entry('D', 70, 60, 10), // C has the lower spread
        entry('E', 60, 50, 5, 2),
        entry('F', 60, 50, 5, 1), // the chair put F first
        entry('G', 50),
        entry('H', 50), // nothing separates G and H
        entry('I', 40),
      ],
      DEFAULT_TIE_BREAK,
    );
    expect(ranked).toEqual([
      { entrantId: 'B', rank: 1, decidedBy: null },
      { entrantId: 'A', rank: 2, decidedBy: 'heaviest-category' },
      { entrantId: 'C', rank: 3, decidedBy: 'score' },
      { entrantId: 'D', rank: 4, decidedBy: 'lower-spread' },
      { entrantId: 'F', rank: 5, decidedBy: 'score' },
      { entrantId: 'E', rank: 6, decidedBy: 'chair-decision' },
      { entrantId: 'G', rank: 7, decidedBy: 'score' },
      { entrantId: 'H', rank: 7, decidedBy: 'unresolved' },
      { entrantId: 'I', rank: 9, decidedBy: 'score' },
    ]);
  });

  it('compares scores at the precision they are published with (6 decimals), never a coarser one', () => {
    // Hand-computed: A publishes 80.004 and B 79.996. Compared at 2 decimals both were 80.00, and B's stronger
    // heaviest category put it first although its published score is lower. Likewise 70.000001 against 70.
    const ranked = rankEntrants(
      [entry('A', 80.004, 70), entry('B', 79.996, 75), entry('C', 70.000001, 10, 30), entry('D', 70, 90, 1)],
      DEFAULT_TIE_BREAK,
    );
    expect(ranked).toEqual([
      { entrantId: 'A', rank: 1, decidedBy: null },
      { entrantId: 'B', rank: 2, decidedBy: 'score' },
      { entrantId: 'C', rank: 3, decidedBy: 'score' },
      { entrantId: 'D', rank: 4, decidedBy: 'score' },
    ]);
  });

  it('ties only entrants whose published scores are equal: digits beyond the published ones never separate', () => {
    // 66.6666674 and 66.66666651 both publish as 66.666667; the heaviest category decides.
    const ranked = rankEntrants([entry('A', 66.66666651, 60), entry('B', 66.6666674, 70)], DEFAULT_TIE_BREAK);
    expect(ranked.map((r) => [r.entrantId, r.rank, r.decidedBy])).toEqual([
      ['B', 1, null],
      ['A', 2, 'heaviest-category'],
    ]);
  });

  it('applies only the steps the round publishes, in its order', () => {
    const ranked = rankEntrants(
      [entry('A', 70, 90, 20), entry('B', 70, 60, 1)],
      ['lower-spread', 'heaviest-category'],
    );
    expect(ranked.map((r) => [r.entrantId, r.decidedBy])).toEqual([
      ['B', null],
      ['A', 'lower-spread'],
    ]);
  });
});

describe('advancement proposals', () => {
  const bands = [
    { min: 81, max: 100, outcome: 'certified-five-star' },
    { min: 61, max: 80, outcome: 'certified' },
    { min: 41, max: 60, outcome: 'conditional' },
    { min: 0, max: 40, outcome: 'not-certified' },
  ];
  const candidates = [
    { entrantId: 'a', industryCode: 'telecom', rank: 1, score: 90, band: 'certified-five-star' },
    { entrantId: 'b', industryCode: 'finance', rank: 2, score: 85, band: 'certified-five-star' },
    { entrantId: 'c', industryCode: 'telecom', rank: 3, score: 70, band: 'certified' },
    { entrantId: 'd', industryCode: 'telecom', rank: 3, score: 70, band: 'certified' },
    { entrantId: 'e', industryCode: 'finance', rank: 5, score: 50, band: 'conditional' },
  ];
  const advancing = (rule: Parameters<typeof proposeAdvancement>[1]) =>
    proposeAdvancement(candidates, rule, bands)
      .filter((d) => d.advances)
      .map((d) => d.entrantId);

  it('top N overall lets everyone tied at the cut-off through', () => {
    expect(advancing({ kind: 'top-n', n: 3, perIndustry: false })).toEqual(['a', 'b', 'c', 'd']);
  });

  it('top N per industry ranks within each industry', () => {
    expect(advancing({ kind: 'top-n', n: 1, perIndustry: true })).toEqual(['a', 'b']);
    expect(advancing({ kind: 'top-n', n: 2, perIndustry: true })).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('a minimum score or band', () => {
    expect(advancing({ kind: 'min-score', score: 70 })).toEqual(['a', 'b', 'c', 'd']);
    expect(advancing({ kind: 'min-band', band: 'certified-five-star' })).toEqual(['a', 'b']);
    expect(proposeAdvancement(candidates, { kind: 'min-band', band: 'certified' }, bands)[4]).toEqual({
      entrantId: 'e',
      advances: false,
      reason: 'band conditional is below certified',
    });
  });

  it('a minimum score reason shows the published score, not a rounder one that contradicts the decision', () => {
    const [d] = proposeAdvancement(
      [{ entrantId: 'x', industryCode: 'telecom', rank: 1, score: 79.996, band: 'certified' }],
      { kind: 'min-score', score: 80 },
      bands,
    );
    expect(d).toEqual({ entrantId: 'x', advances: false, reason: 'score 79.996 < minimum 80' });
  });
});
