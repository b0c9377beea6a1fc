import type { Localized } from '@app/common';
import type { AwardDecision } from '../awards.repository';
import type { SurveySnapshot } from '../proposals/category-proposal';
import type { Proposed } from '../proposals/campaign-proposals';
import { unpublishableIdentities, VerifiedIdentity } from '../published-names';

/**
 * Why the campaign cannot be announced yet, in words for the organizer: a category without confirmed winners or
 * whose evidence changed since its confirmation, and any winner or ranked enterprise that cannot be published
 * under a verified identity. Empty when it can.
 */
export function publicationProblems(
  proposed: Proposed[],
  decisions: AwardDecision[],
  snapshots: SurveySnapshot[],
  identities: Map<string, VerifiedIdentity>,
): Localized[] {
  const problems: Localized[] = [];
  for (const p of proposed) {
    const d = decisions.find((x) => x.categoryId === p.category.id);
    if (!d)
      problems.push({
        en: `"${p.category.name}" has no confirmed winners`,
        zh: `“${p.category.name}”没有已确认的获奖者`,
      });
    else if (d.evidenceHash !== p.hash)
      problems.push({
        en: `"${p.category.name}" changed since its confirmation (version ${d.version}); confirm it again`,
        zh: `“${p.category.name}”在确认（第 ${d.version} 版）后有变化；请重新确认`,
      });
  }
  const rankedIds = snapshots.flatMap((s) =>
    s.entries.filter((e) => e.eligibility !== 'unpublished').map((e) => e.enterpriseId),
  );
  problems.push(...unpublishableIdentities(decidedWinnerIds(decisions), rankedIds, identities));
  return problems;
}

/** Every enterprise the confirmed decisions name as a winner. */
export const decidedWinnerIds = (decisions: AwardDecision[]): string[] =>
  decisions.flatMap((d) => d.winners.flatMap((g) => g.enterpriseIds));
