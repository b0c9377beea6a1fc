import fc from 'fast-check';
import { entry, entrant, input, ROUND, snapshot, SNAPSHOTS } from './test/proposal-fixtures';
import { CategoryRules, combinedScore, proposeWinners } from './winner-proposal';

describe('combined proposals', () => {
  const combined: CategoryRules = {
    kind: 'combined',
    perIndustry: false,
    maxWinners: 1,
    surveyWeight: 70,
    panelWeight: 30,
    minPanelBand: 'certified',
  };

  it('computes 70 % CSI + 30 % panel, gated by the panel band, among survey-ranked enterprises', () => {
    // A: 0.7 x 90.04 + 0.3 x 86 = 88.828; B: 0.7 x 89.5 + 0.3 x 68 = 83.05; E: 0.7 x 80 + 0.3 x 70 = 77;
    // F: 0.7 x 80 + 0.3 x 68 = 76.4; C: band "conditional" is below the gate.
    const p = proposeWinners(input({ rules: combined, snapshots: SNAPSHOTS, finalRound: ROUND }));
    const [group] = p.industries;
    expect(group.winners.map((w) => [w.enterpriseId, w.figures.combined, w.decidedBy])).toEqual([
      ['A', 88.83, 'combined'],
    ]);
    expect(group.candidates.map((c) => [c.enterpriseId, c.rank, c.figures.combined])).toEqual([
      ['A', 1, 88.83],
      ['B', 2, 83.05],
      ['E', 3, 77],
      ['F', 4, 76.4],
      ['C', null, 62.8],
    ]);
    expect(group.candidates[4].excluded).toBe('panel band "conditional" is below "certified"');
    expect(p.evidence.round?.roundId).toBe('r2');
    expect(p.evidence.snapshots).toHaveLength(3);
  });

  it('leaves out an enterprise not ranked in the survey, and breaks an equal combined score by the panel score', () => {
    const snapshots = new Map([
      ['telecom', snapshot('telecom', [entry('A', { csi: 80 }), entry('B', { csi: 74 })], ['A'])],
      ['finance', snapshot('finance', [entry('E', { csi: 76, eligibility: 'indicative', n: 50 })], [])],
    ]);
    // A: 0.7 x 80 + 0.3 x 66 = 75.8; B: 0.7 x 74 + 0.3 x 80 = 75.8 -> B has the higher panel score.
    const round = {
      ...ROUND,
      entrants: [
        entrant('A', 'telecom', 66, 2),
        entrant('B', 'telecom', 80, 1, 'certified'),
        entrant('E', 'finance', 90, 1),
      ],
    };
    const p = proposeWinners(
      input({ rules: { ...combined, minPanelBand: null }, snapshots, finalRound: round }),
    );
    expect(p.industries[0].winners.map((w) => [w.enterpriseId, w.decidedBy])).toEqual([['B', 'panel-score']]);
    expect(p.industries[0].candidates.find((c) => c.enterpriseId === 'E')?.excluded).toBe(
      'not ranked in the survey (too few valid responses)',
    );
  });

  it('breaks ties on the CSI as published (one decimal), not on a finer figure nobody can read', () => {
    // A: 0.7 x 80.006 + 0.3 x 70 = 77.0042 and B: 0.7 x 80.004 + 0.3 x 70 = 77.0028, both 77.00 as
    // published; equal panel scores; CSI 80.01 vs 80.00 at two decimals (A would win on "csi"), but both are
    // published as 80.0: the tie is unresolved and both win.
    const snapshots = new Map([
      [
        'telecom',
        snapshot(
          'telecom',
          [
            { ...entry('A', { csi: 80.006 }), publishedCsi: 80 },
            { ...entry('B', { csi: 80.004 }), publishedCsi: 80 },
          ],
          ['A', 'B'],
        ),
      ],
    ]);
    const round = {
      ...ROUND,
      entrants: [entrant('A', 'telecom', 70, 1), entrant('B', 'telecom', 70, 1)],
    };
    const p = proposeWinners(
      input({ rules: { ...combined, minPanelBand: null }, snapshots, finalRound: round }),
    );
    const [group] = p.industries;
    expect(
      group.winners.map((w) => [w.enterpriseId, w.figures.csi, w.figures.combined, w.decidedBy]),
    ).toEqual([
      ['A', 80, 77, 'unresolved'],
      ['B', 80, 77, null],
    ]);
    expect(group.notes).toEqual(['an unresolved tie on the boundary: joint winners']);
  });

  it('breaks an equal combined score on the panel score as the round publishes it', () => {
    // A: 0.7 x 80 + 0.3 x 70.004 = 77.0012 and B: 0.7 x 80 + 0.3 x 70.001 = 77.0003, both 77.00 as
    // published; the round publishes the panel scores as 70.004 and 70.001 (equal at two decimals): A wins on
    // the panel score, and the figures show the difference that decided it.
    const snapshots = new Map([
      ['telecom', snapshot('telecom', [entry('A', { csi: 80 }), entry('B', { csi: 80 })], ['A', 'B'])],
    ]);
    const round = {
      ...ROUND,
      entrants: [entrant('B', 'telecom', 70.001, 2), entrant('A', 'telecom', 70.004, 1)],
    };
    const p = proposeWinners(
      input({ rules: { ...combined, minPanelBand: null }, snapshots, finalRound: round }),
    );
    const [group] = p.industries;
    expect(group.winners.map((w) => [w.enterpriseId, w.figures.panelScore, w.decidedBy])).toEqual([
      ['A', 70.004, 'panel-score'],
    ]);
    expect(group.candidates.map((c) => [c.enterpriseId, c.figures.panelScore, c.excluded])).toEqual([
      ['A', 70.004, null],
      ['B', 70.001, 'rank 2'],
    ]);
  });

  it('keeps the weighted score within the range of its two parts', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.integer({ min: 0, max: 100 }),
        (csi, panel, w) => {
          const s = combinedScore(csi, panel, w, 100 - w);
          return s >= Math.min(csi, panel) - 1e-9 && s <= Math.max(csi, panel) + 1e-9;
        },
      ),
    );
  });
});
