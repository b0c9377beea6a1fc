import type { LocalizedFieldProblem } from '@app/common';
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
): LocalizedFieldProblem[] {
  const problems: LocalizedFieldProblem[] = [];
  // Without a proposal (no finalised final round, say) any decision, even "no winner", is the organizers' own.
  if (proposal.problems.length > 0 && (justification ?? '').trim().length < MIN_JUSTIFICATION_LENGTH) {
    problems.push({
      field: 'justification',
      // The proposal's own problems are part of its evidence, kept as written.
      message: {
        en: `no proposal could be made (${proposal.problems.join('; ')}): a decision needs a written justification of at least ${MIN_JUSTIFICATION_LENGTH} characters`,
        zh: `无法给出建议（${proposal.problems.join('; ')}）：作出决定需要至少 ${MIN_JUSTIFICATION_LENGTH} 个字符的书面理由`,
      },
    });
  }
  const groups = new Set(proposal.industries.map((i) => i.industryCode));
  const seen = new Set<string | null>();
  winners.forEach((g, i) => {
    if (!groups.has(g.industryCode)) {
      problems.push({
        field: `winners[${i}].industryCode`,
        message: {
          en: `the category is not decided in ${g.industryCode === null ? 'one group over all industries' : `industry ${g.industryCode}`}`,
          zh: `此奖项不在${g.industryCode === null ? '跨所有行业的单一组' : `行业 ${g.industryCode} `}中评定`,
        },
      });
      return;
    }
    if (seen.has(g.industryCode))
      problems.push({ field: `winners[${i}].industryCode`, message: { en: 'named twice', zh: '重复列出' } });
    seen.add(g.industryCode);
    const inGroup = eligible.get(g.industryCode) ?? new Set();
    const ids = new Set<string>();
    g.enterpriseIds.forEach((id, j) => {
      if (!inGroup.has(id))
        problems.push({
          field: `winners[${i}].enterpriseIds[${j}]`,
          message: {
            en: 'not an approved candidate of this category in this group',
            zh: '不是此组中此奖项已批准的参评者',
          },
        });
      if (ids.has(id))
        problems.push({
          field: `winners[${i}].enterpriseIds[${j}]`,
          message: { en: 'named twice', zh: '重复列出' },
        });
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
        message: {
          en: `more than the category's ${maxWinners} winners needs a justification`,
          zh: `获奖者超过此奖项的 ${maxWinners} 名需要理由`,
        },
      });
  });
  for (const group of groups) {
    if (!seen.has(group))
      problems.push({
        field: 'winners',
        message: {
          en: `missing the group ${group ?? 'of all industries'}`,
          zh: group === null ? '缺少跨所有行业的组' : `缺少组 ${group}`,
        },
      });
  }
  const overridden = problems.length === 0 && !sameWinners(proposedWinners(proposal), winners);
  if (
    overridden &&
    proposal.problems.length === 0 &&
    (justification ?? '').trim().length < MIN_JUSTIFICATION_LENGTH
  ) {
    problems.push({
      field: 'justification',
      message: {
        en: `an override needs a written justification of at least ${MIN_JUSTIFICATION_LENGTH} characters`,
        zh: `推翻建议需要至少 ${MIN_JUSTIFICATION_LENGTH} 个字符的书面理由`,
      },
    });
  }
  return problems;
}
