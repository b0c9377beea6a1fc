import fc from 'fast-check';
import { conflictingAffiliations, normaliseOrganisationName } from '../judges/conflict-detection';
import { AssignmentInput, assignJudges, conflictKey } from './judge-assignment';

function panel(
  entrants: number,
  judges: number,
  k: number,
  conflicts: [number, number][] = [],
  seed = 1,
): AssignmentInput {
  return {
    entrants: Array.from({ length: entrants }, (_, i) => ({
      id: `e${i}`,
      industryCode: i % 2 ? 'telecom' : 'finance',
      assigned: [],
    })),
    judges: Array.from({ length: judges }, (_, j) => ({
      id: `j${j}`,
      expertise: j % 2 ? ['telecom'] : ['finance'],
    })),
    conflicts: new Set(conflicts.map(([j, e]) => conflictKey(`j${j}`, `e${e}`))),
    judgesPerEntrant: k,
    seed,
  };
}

function checkInvariants(input: AssignmentInput) {
  const outcome = assignJudges(input);
  if (!outcome.ok) return outcome;
  const perEntrant = new Map<string, Set<string>>();
  for (const a of outcome.assignments) {
    expect(input.conflicts.has(conflictKey(a.judgeId, a.entrantId))).toBe(false);
    const set =
      perEntrant.get(a.entrantId) ?? new Set(input.entrants.find((e) => e.id === a.entrantId)?.assigned);
    expect(set.has(a.judgeId)).toBe(false);
    set.add(a.judgeId);
    perEntrant.set(a.entrantId, set);
  }
  for (const e of input.entrants) {
    expect((perEntrant.get(e.id) ?? new Set(e.assigned)).size).toBe(input.judgesPerEntrant);
  }
  const loads = Object.values(outcome.loads);
  expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  return outcome;
}

describe('automatic judge assignment', () => {
  it('gives 10 entrants 3 judges each from 7, loads 4 or 5, experts first', () => {
    const outcome = checkInvariants(panel(10, 7, 3));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(Object.values(outcome.loads).sort()).toEqual([4, 4, 4, 4, 4, 5, 5]);
    // 3 or 4 experts exist per industry, so every entrant can get at least 3 expert judges... balance permitting.
    expect(outcome.assignments.filter((a) => a.expert).length).toBeGreaterThanOrEqual(27);
  });

  it('never assigns a conflicted judge, and still balances', () => {
    const outcome = checkInvariants(
      panel(6, 4, 2, [
        [0, 0],
        [0, 1],
        [1, 0],
      ]),
    );
    expect(outcome.ok).toBe(true);
  });

  it('says why when the conflicts leave an entrant short', () => {
    const outcome = assignJudges(
      panel(2, 3, 2, [
        [0, 0],
        [1, 0],
      ]),
    );
    expect(outcome).toEqual({
      ok: false,
      reason: { en: expect.stringContaining('short: e0'), zh: expect.stringContaining('不足：e0') },
    });
  });

  it('keeps existing assignments and fills the rest', () => {
    const input = panel(4, 4, 2);
    input.entrants[0].assigned = ['j3'];
    const outcome = checkInvariants(input);
    expect(outcome.ok && outcome.assignments.some((a) => a.entrantId === 'e0' && a.judgeId === 'j3')).toBe(
      false,
    );
  });

  it('holds its invariants over random panels, and is the same for the same seed whatever the input order (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 2, max: 7 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.tuple(fc.nat(6), fc.nat(11)), { maxLength: 8 }),
        fc.integer(),
        (entrants, judges, k, conflicts, seed) => {
          const input = panel(entrants, judges, Math.min(k, judges), conflicts, seed);
          const outcome = checkInvariants(input);
          if (conflicts.length === 0) expect(outcome.ok).toBe(true);
          const reversed = {
            ...input,
            entrants: [...input.entrants].reverse(),
            judges: [...input.judges].reverse(),
          };
          expect(assignJudges(reversed)).toEqual(outcome);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('conflicts from affiliation history', () => {
  const enterprise = { id: 'x', name: 'ACME Contact Co., Ltd.', creditCode: '91350100M000100Y43' };

  it('matches names regardless of case, punctuation and legal form', () => {
    expect(normaliseOrganisationName('Acme Contact Ltd')).toBe(
      normaliseOrganisationName('ACME Contact Co., Ltd.'),
    );
    expect(normaliseOrganisationName('中国电信股份有限公司')).toBe(normaliseOrganisationName('中国电信'));
  });

  it('conflicts within the last 3 years, by name or credit code', () => {
    const history = [
      { organisation: 'Acme Contact Ltd', relation: 'employer' as const, fromYear: 2015, toYear: 2024 },
      {
        organisation: 'Other',
        creditCode: '91350100m000100y43',
        relation: 'client' as const,
        fromYear: 2020,
        toYear: null,
      },
      { organisation: 'ACME contact', relation: 'client' as const, fromYear: 2010, toYear: 2023 },
    ];
    expect(conflictingAffiliations(history, enterprise, 2027)).toEqual([history[0], history[1]]);
  });
});
