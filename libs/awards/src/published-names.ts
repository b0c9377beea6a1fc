import type { Localized } from '@app/common';
import type { CategoryProposal } from './proposals/winner-proposal';

/**
 * How an enterprise is named in anything published: its last verified identity (legal name and the version it
 * was verified as). An enterprise's own edits never reach a publication before an organizer verified them.
 */
export interface PublishedName {
  name: string;
  /** Its verified Chinese legal name, when it has one. */
  nameZh: string | null;
  version: number;
}

/**
 * The proposal with every enterprise named as it would be published, and the identity version of each. The
 * evidence hash is taken of this, so a re-verified identity (a new name) makes a confirmation stale. An
 * enterprise without a verified identity keeps the name its evidence carries and version null: the
 * announcement refuses to publish it.
 */
export function withPublishedNames(
  proposal: CategoryProposal,
  names: Map<string, PublishedName>,
): CategoryProposal {
  const named = <T extends { enterpriseId: string; enterpriseName: string }>(x: T) => {
    const published = names.get(x.enterpriseId);
    return {
      ...x,
      enterpriseName: published?.name ?? x.enterpriseName,
      identityVersion: published?.version ?? null,
    };
  };
  return {
    ...proposal,
    industries: proposal.industries.map((i) => ({
      ...i,
      winners: i.winners.map(named),
      candidates: i.candidates.map(named),
    })),
  };
}

/** What the enterprises lib publishes of an enterprise (its `PublishedIdentity` fits). */
export interface VerifiedIdentity {
  legalName: string;
  legalNameZh: string | null;
  version: number;
  /** A change of this identity awaits an organizer's review. */
  changePending: boolean;
}

export const publishedNames = (identities: Map<string, VerifiedIdentity>): Map<string, PublishedName> =>
  new Map(
    [...identities].map(([id, i]) => [id, { name: i.legalName, nameZh: i.legalNameZh, version: i.version }]),
  );

/**
 * Why an announcement cannot publish these enterprises: a winner whose identity change awaits review (the
 * decision was taken on the verified identity, and the enterprise says it is no longer right), or a winner or
 * ranked enterprise with no verified identity at all. Each reason names the enterprise.
 */
export function unpublishableIdentities(
  winnerIds: string[],
  rankedIds: string[],
  identities: Map<string, VerifiedIdentity>,
): Localized[] {
  const problems: Localized[] = [];
  for (const id of new Set(winnerIds)) {
    const identity = identities.get(id);
    if (identity?.changePending)
      problems.push({
        en:
          `the identity of winner "${identity.legalName}" (enterprise ${id}) has a change awaiting review: ` +
          'verify or reject it first',
        zh: `获奖者“${identity.legalName}”（企业 ${id}）有待审核的身份变更：请先批准或驳回`,
      });
  }
  for (const id of new Set([...winnerIds, ...rankedIds])) {
    if (!identities.has(id))
      problems.push({
        en: `enterprise ${id} has no verified identity to publish`,
        zh: `企业 ${id} 没有可公布的已审核身份`,
      });
  }
  return problems;
}
