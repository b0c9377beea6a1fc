import type { CategoryProposal } from './winner-proposal';

/**
 * How an enterprise is named in anything published: its last verified identity (legal name and the version it
 * was verified as). An enterprise's own edits never reach a publication before an organizer verified them.
 */
export interface PublishedName {
  name: string;
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
