import type { FieldProblem } from '@app/common';
import { sha256OfCanonicalJson } from '@app/database';
import type { CategoryProposal } from './proposals/winner-proposal';

/** What an organizer confirms: the winners of each group (an industry, or null for all industries). */
export interface DecidedWinners {
  industryCode: string | null;
  enterpriseIds: string[];
}

/** A justification must say something: an override is published with it. */
export const MIN_JUSTIFICATION_LENGTH = 20;

/** The hash a confirmation freezes: any change of evidence or figures changes it. */
export const evidenceHash = (proposal: CategoryProposal): string => sha256OfCanonicalJson(proposal);

export function proposedWinners(proposal: CategoryProposal): DecidedWinners[] {
  return proposal.industries.map((i) => ({
    industryCode: i.industryCode,
    enterpriseIds: i.winners.map((w) => w.enterpriseId),
  }));
}

const key = (w: DecidedWinners[]) =>
  JSON.stringify(
    [...w]
      .map((g) => [g.industryCode, [...g.enterpriseIds].sort()] as const)
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );

export const sameWinners = (a: DecidedWinners[], b: DecidedWinners[]) => key(a) === key(b);

/**
 * Problems with an organizer's winners: every group of the proposal named once, only candidates of that group
 * (who entered the category, in that industry), no one twice, at most `maxWinners` unless justified, and a
 * justification of some length for anything that is not the proposal.
 */
export function decisionProblems(
  proposal: CategoryProposal,
  winners: DecidedWinners[],
  eligible: Map<string | null, Set<string>>,
  maxWinners: number,
  justification: string | null,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  // Without a proposal (no finalised final round, say) any decision, even "no winner", is the organizers' own.
  if (proposal.problems.length > 0 && (justification ?? '').trim().length < MIN_JUSTIFICATION_LENGTH) {
    problems.push({
      field: 'justification',
      message: `no proposal could be made (${proposal.problems.join('; ')}): a decision needs a written justification of at least ${MIN_JUSTIFICATION_LENGTH} characters`,
    });
  }
  const groups = new Set(proposal.industries.map((i) => i.industryCode));
  const seen = new Set<string | null>();
  winners.forEach((g, i) => {
    if (!groups.has(g.industryCode)) {
      problems.push({
        field: `winners[${i}].industryCode`,
        message: `the category is not decided in ${g.industryCode === null ? 'one group over all industries' : `industry ${g.industryCode}`}`,
      });
      return;
    }
    if (seen.has(g.industryCode))
      problems.push({ field: `winners[${i}].industryCode`, message: 'named twice' });
    seen.add(g.industryCode);
    const inGroup = eligible.get(g.industryCode) ?? new Set();
    const ids = new Set<string>();
    g.enterpriseIds.forEach((id, j) => {
      if (!inGroup.has(id))
        problems.push({
          field: `winners[${i}].enterpriseIds[${j}]`,
          message: 'not an approved candidate of this category in this group',
        });
      if (ids.has(id)) problems.push({ field: `winners[${i}].enterpriseIds[${j}]`, message: 'named twice' });
      ids.add(id);
    });
    // The proposal itself may name more than maxWinners when a published tie falls on the boundary (its rule
    // says so): confirming it as proposed needs no justification, adding winners beyond the limit does.
    const proposed = proposal.industries.find((x) => x.industryCode === g.industryCode)?.winners ?? [];
    const asProposed =
      proposed.length === g.enterpriseIds.length &&
      proposed.every((w) => g.enterpriseIds.includes(w.enterpriseId));
    if (g.enterpriseIds.length > maxWinners && !asProposed && !justification)
      problems.push({
        field: `winners[${i}].enterpriseIds`,
        message: `more than the category's ${maxWinners} winners needs a justification`,
      });
  });
  for (const group of groups) {
    if (!seen.has(group))
      problems.push({ field: 'winners', message: `missing the group ${group ?? 'of all industries'}` });
  }
  const overridden = problems.length === 0 && !sameWinners(proposedWinners(proposal), winners);
  if (
    overridden &&
    proposal.problems.length === 0 &&
    (justification ?? '').trim().length < MIN_JUSTIFICATION_LENGTH
  ) {
    problems.push({
      field: 'justification',
      message: `an override needs a written justification of at least ${MIN_JUSTIFICATION_LENGTH} characters`,
    });
  }
  return problems;
}
