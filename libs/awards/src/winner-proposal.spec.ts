import fc from 'fast-check';
import { decisionProblems, evidenceHash, proposedWinners } from './award-decision';
import {
  CategoryRules,
  combinedScore,
  FinalRound,
  PanelEntrant,
  proposeWinners,
  ProposalInput,
  SurveyEntry,
  SurveySnapshot,
} from './winner-proposal';

const entry = (
  id: string,
  o: Partial<Omit<SurveyEntry, 'csi'>> & { csi?: number; member?: boolean },
): SurveyEntry => ({
  enterpriseId: id,
  legalName: `Enterprise ${id}`,
  eligibility: o.eligibility ?? 'ranked',
  rank: o.rank ?? 1,
  n: o.n ?? 120,
  publishedCsi: o.csi ?? 80,
  csi: { mean: o.csi ?? 80, low: (o.csi ?? 80) - 2.04, high: (o.csi ?? 80) + 2.04 },
  cli: { mean: 70.04 },
  nps: { nps: 30 },
  winnerSet:
    o.eligibility && o.eligibility !== 'ranked'
      ? null
      : { leader: false, member: o.member ?? false, p: 0.2, adjustedP: 0.4 },
});

const snapshot = (
  industryCode: string,
  entries: SurveyEntry[],
  winnerSet: string[],
  single?: [string | null, string],
): SurveySnapshot => ({
  id: `snap-${industryCode}`,
  industryCode,
  sequence: 3,
  methodologyVersion: 'csi-2026.1',
  entries,
  winnerSet,
  singleWinner: single ? { enterpriseId: single[0], decidedBy: single[1] } : null,
});

const RULES: CategoryRules = {
  kind: 'survey-benchmark',
  perIndustry: true,
  maxWinners: 3,
  surveyWeight: null,
  panelWeight: null,
  minPanelBand: null,
};

const input = (o: Partial<ProposalInput>): ProposalInput => ({
  rules: RULES,
  industryCodes: ['telecom', 'finance', 'retail'],
  candidates: new Set(['A', 'B', 'C', 'D', 'E', 'F', 'G']),
  jointWinnersOnTie: true,
  snapshots: new Map(),
  finalRound: null,
  ...o,
});

// telecom: A leads, B not significantly below (joint), C below; finance: E and F tied, F wins on CLI;
// retail: only G, with too few responses to be ranked.
const SNAPSHOTS = new Map([
  [
    'telecom',
    snapshot(
      'telecom',
      [
        entry('A', { csi: 90.04, member: true }),
        entry('B', { csi: 89.5, member: true, rank: 2 }),
        entry('C', { csi: 70, rank: 3 }),
      ],
      ['A', 'B'],
      ['A', 'cli'],
    ),
  ],
  [
    'finance',
    snapshot(
      'finance',
      [entry('E', { csi: 80, member: true }), entry('F', { csi: 80, member: true })],
      ['E', 'F'],
      ['F', 'cli'],
    ),
  ],
  ['retail', snapshot('retail', [entry('G', { eligibility: 'indicative', rank: null, n: 40 })], [])],
]);

describe('survey-benchmark proposals', () => {
  it('proposes the winner set as joint winners, and says why an industry has none', () => {
    const p = proposeWinners(input({ snapshots: SNAPSHOTS }));
    expect(p.problems).toEqual([]);
    expect(proposedWinners(p)).toEqual([
      { industryCode: 'telecom', enterpriseIds: ['A', 'B'] },
      { industryCode: 'finance', enterpriseIds: ['E', 'F'] },
      { industryCode: 'retail', enterpriseIds: [] },
    ]);
    expect(p.industries[0].notes).toContain('joint winners: not significantly different from the leader');
    // Published figures: CSI 90.04 -> 90.0 (one decimal), interval 88.0 to 92.1, CLI 70.04 -> 70.0
    expect(p.industries[0].winners[0].figures).toMatchObject({
      csi: 90.04,
      csiLow: 88,
      csiHigh: 92.1,
      cli: 70,
      n: 120,
    });
    expect(p.industries[0].candidates.find((c) => c.enterpriseId === 'C')?.excluded).toContain(
      'significantly below',
    );
    expect(p.industries[2].noWinnerReason).toContain('no eligible enterprise');
    expect(p.evidence.snapshots.map((s) => s.snapshotId)).toEqual([
      'snap-telecom',
      'snap-finance',
      'snap-retail',
    ]);
  });

  it('takes one winner by the recorded tie-break when the category allows only one', () => {
    const p = proposeWinners(input({ snapshots: SNAPSHOTS, rules: { ...RULES, maxWinners: 1 } }));
    expect(p.industries[1].winners.map((w) => [w.enterpriseId, w.decidedBy])).toEqual([['F', 'cli']]);
    expect(p.industries[1].notes[0]).toBe('2 statistically tied; one winner by the tie-break step "cli"');
    expect(p.industries[1].candidates.find((c) => c.enterpriseId === 'E')?.excluded).toBe('tie-break');
  });

  it('keeps joint winners when the tie-break could not separate them', () => {
    const unresolved = new Map([
      ['finance', snapshot('finance', SNAPSHOTS.get('finance')!.entries, ['E', 'F'], [null, 'unresolved'])],
    ]);
    const p = proposeWinners(
      input({ snapshots: unresolved, industryCodes: ['finance'], rules: { ...RULES, maxWinners: 1 } }),
    );
    expect(proposedWinners(p)).toEqual([{ industryCode: 'finance', enterpriseIds: ['E', 'F'] }]);
  });

  it('cuts a winner set larger than the limit by published rank, keeping a tie on the boundary joint', () => {
    // Four not significantly different; C and D publish the same CSI (rank 3 each), so with at most 3 winners
    // the cut falls after both of them, never between two equal published figures.
    const entries = [
      entry('A', { csi: 90.1, member: true, rank: 1 }),
      entry('B', { csi: 89.9, member: true, rank: 2 }),
      entry('C', { csi: 89.5, member: true, rank: 3 }),
      entry('D', { csi: 89.5, member: true, rank: 3 }),
      entry('E', { csi: 89.2, member: true, rank: 5 }),
    ];
    const tied = new Map([['telecom', snapshot('telecom', entries, ['A', 'B', 'C', 'D', 'E'])]]);
    const p = proposeWinners(input({ snapshots: tied, industryCodes: ['telecom'] }));
    expect(proposedWinners(p)).toEqual([{ industryCode: 'telecom', enterpriseIds: ['A', 'B', 'C', 'D'] }]);
    expect(p.industries[0].notes).toContain(
      'an equal published CSI on the boundary: joint winners beyond the limit',
    );
    expect(p.industries[0].candidates.find((c) => c.enterpriseId === 'E')?.excluded).toBe('tie-break');

    // Confirmed as proposed, the boundary tie needs no justification; a fifth winner beyond the limit does.
    const telecom = new Map<string | null, Set<string>>([['telecom', new Set(['A', 'B', 'C', 'D', 'E'])]]);
    expect(decisionProblems(p, proposedWinners(p), telecom, 3, null)).toEqual([]);
    const more = [{ industryCode: 'telecom', enterpriseIds: ['A', 'B', 'C', 'D', 'E'] }];
    expect(decisionProblems(p, more, telecom, 3, null).map((x) => x.field)).toEqual([
      'winners[0].enterpriseIds',
    ]);

    const untied = new Map([
      [
        'telecom',
        snapshot(
          'telecom',
          [...entries.slice(0, 3), entry('D', { csi: 89.4, member: true, rank: 4 })],
          ['A', 'B', 'C', 'D'],
        ),
      ],
    ]);
    const q = proposeWinners(input({ snapshots: untied, industryCodes: ['telecom'] }));
    expect(proposedWinners(q)).toEqual([{ industryCode: 'telecom', enterpriseIds: ['A', 'B', 'C'] }]);
  });

  it('lets only the category’s own candidates win, and an industry without a snapshot has none', () => {
    const p = proposeWinners(
      input({ snapshots: SNAPSHOTS, candidates: new Set(['B', 'C']), industryCodes: ['telecom', 'energy'] }),
    );
    expect(proposedWinners(p)).toEqual([
      { industryCode: 'telecom', enterpriseIds: ['B'] },
      { industryCode: 'energy', enterpriseIds: [] },
    ]);
    expect(p.industries[1].noWinnerReason).toContain('no ranking snapshot');
  });
});

const entrant = (
  id: string,
  industryCode: string,
  score: number,
  rank: number,
  band = 'certified',
): PanelEntrant => ({
  enterpriseId: id,
  enterpriseName: `Enterprise ${id}`,
  industryCode,
  score,
  band,
  rank,
  decidedBy: 'score',
});

const ROUND: FinalRound & { state: string } = {
  roundId: 'r2',
  position: 2,
  name: 'Site visit',
  checksum: 'c'.repeat(64),
  tieBreak: ['heaviest-category'],
  bands: [
    { outcome: 'certified-five-star', min: 81 },
    { outcome: 'certified', min: 61 },
    { outcome: 'conditional', min: 41 },
    { outcome: 'not-certified', min: 0 },
  ],
  entrants: [
    entrant('A', 'telecom', 86, 1, 'certified-five-star'),
    entrant('E', 'finance', 70, 2),
    entrant('B', 'telecom', 68, 3),
    entrant('F', 'finance', 68, 3),
    entrant('C', 'telecom', 46, 5, 'conditional'),
  ],
  state: 'finalised',
};

describe('panel proposals', () => {
  const panel = { ...RULES, kind: 'panel' as const };

  it('takes the top of the final round overall, with joint winners on an unresolved tie', () => {
    const p = proposeWinners(
      input({ rules: { ...panel, perIndustry: false, maxWinners: 3 }, finalRound: ROUND }),
    );
    expect(proposedWinners(p)).toEqual([{ industryCode: null, enterpriseIds: ['A', 'E', 'B', 'F'] }]);
    expect(p.industries[0].notes[0]).toContain('joint winners');
    expect(p.evidence.round).toEqual({
      roundId: 'r2',
      position: 2,
      name: 'Site visit',
      checksum: 'c'.repeat(64),
    });
  });

  it('takes the top of each industry, and none where no one was scored', () => {
    const p = proposeWinners(input({ rules: { ...panel, maxWinners: 1 }, finalRound: ROUND }));
    expect(proposedWinners(p)).toEqual([
      { industryCode: 'telecom', enterpriseIds: ['A'] },
      { industryCode: 'finance', enterpriseIds: ['E'] },
      { industryCode: 'retail', enterpriseIds: [] },
    ]);
    expect(p.industries[0].winners[0].figures).toEqual({
      panelScore: 86,
      band: 'certified-five-star',
      roundRank: 1,
    });
  });

  it('publishes the panel score at the precision the round ranks on, so the cut-off shows why', () => {
    // The round ranked A (80.004) above B (80.001). Rounded to two decimals both would read 80.00, and the
    // excluded B would look level with the winner; published as the round publishes them, they differ.
    const round = {
      ...ROUND,
      entrants: [entrant('A', 'telecom', 80.004, 1), entrant('B', 'telecom', 80.001, 2)],
    };
    const p = proposeWinners(
      input({ rules: { ...panel, perIndustry: false, maxWinners: 1 }, finalRound: round }),
    );
    const [group] = p.industries;
    expect(group.winners.map((w) => [w.enterpriseId, w.figures.panelScore])).toEqual([['A', 80.004]]);
    expect(group.candidates.map((c) => [c.enterpriseId, c.figures.panelScore, c.excluded])).toEqual([
      ['A', 80.004, null],
      ['B', 80.001, 'rank 2'],
    ]);
  });

  it('proposes nothing before the final round is finalised', () => {
    const p = proposeWinners(input({ rules: panel, finalRound: { ...ROUND, state: 'closed' } }));
    expect(p.problems).toEqual(['the final round "Site visit" (position 2) is not finalised']);
    const none = proposeWinners(input({ rules: { ...panel, perIndustry: false } }));
    expect(none.problems).toEqual(['the category has no judging round']);
    expect(none.industries).toEqual([
      expect.objectContaining({
        industryCode: null,
        winners: [],
        noWinnerReason: 'no proposal: the category has no judging round',
      }),
    ]);
    // Deciding without a proposal ("not awarded") is the organizers' own word: it needs a justification.
    const eligible = new Map<string | null, Set<string>>();
    expect(decisionProblems(none, proposedWinners(none), eligible, 1, null).map((x) => x.field)).toEqual([
      'justification',
    ]);
    expect(
      decisionProblems(none, proposedWinners(none), eligible, 1, 'Not awarded: the panel could not meet.'),
    ).toEqual([]);
  });
});

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

describe('decisions', () => {
  const p = proposeWinners(input({ snapshots: SNAPSHOTS }));
  const eligible = new Map<string | null, Set<string>>([
    ['telecom', new Set(['A', 'B', 'C'])],
    ['finance', new Set(['E', 'F'])],
    ['retail', new Set(['G'])],
  ]);

  it('accepts the proposal as it is, without a justification', () => {
    expect(decisionProblems(p, proposedWinners(p), eligible, 3, null)).toEqual([]);
  });

  it('needs a justification for an override, and names every wrong field', () => {
    const changed = [
      { industryCode: 'telecom', enterpriseIds: ['A'] },
      { industryCode: 'finance', enterpriseIds: ['E', 'F'] },
      { industryCode: 'retail', enterpriseIds: [] },
    ];
    expect(decisionProblems(p, changed, eligible, 3, 'too short')).toEqual([
      { field: 'justification', message: expect.stringContaining('at least 20 characters') },
    ]);
    expect(
      decisionProblems(p, changed, eligible, 3, 'B was found to have paid for survey responses.'),
    ).toEqual([]);
    const wrong = [
      { industryCode: 'telecom', enterpriseIds: ['A', 'X', 'A'] },
      { industryCode: 'energy', enterpriseIds: [] },
    ];
    expect(decisionProblems(p, wrong, eligible, 3, null).map((x) => x.field)).toEqual([
      'winners[0].enterpriseIds[1]',
      'winners[0].enterpriseIds[2]',
      'winners[1].industryCode',
      'winners',
      'winners',
    ]);
  });

  it('changes the evidence hash with any figure, and keeps it for the same evidence', () => {
    const again = proposeWinners(input({ snapshots: SNAPSHOTS }));
    expect(evidenceHash(again)).toBe(evidenceHash(p));
    const moved = new Map(SNAPSHOTS);
    moved.set('retail', { ...SNAPSHOTS.get('retail')!, sequence: 4 });
    expect(evidenceHash(proposeWinners(input({ snapshots: moved })))).not.toBe(evidenceHash(p));
  });
});
