import { Injectable } from '@nestjs/common';
import type { AwardCategory, CampaignView } from '@app/campaigns';
import {
  ApprovedCandidacy,
  EnterpriseDirectory,
  EnterpriseIdentitiesService,
  PublishedIdentity,
} from '@app/enterprises';
import { RoundResultsService } from '@app/judging';
import { RankingSnapshot, RankingSnapshotsService } from '@app/rankings';
import { evidenceHash } from '../award-decision';
import { publishedNames, withPublishedNames } from '../published-names';
import { CategoryProposal, FinalRound, proposeWinners, SurveySnapshot } from './winner-proposal';

/** What proposals are made from, read once: a publication names enterprises exactly as its checks saw them. */
export interface Evidence {
  categories: {
    category: AwardCategory;
    candidates: ApprovedCandidacy[];
    finalRound: (FinalRound & { state: string }) | null;
  }[];
  snapshots: Map<string, SurveySnapshot>;
  /** The last verified identity of every enterprise the evidence names. */
  identities: Map<string, PublishedIdentity>;
}

export interface Proposed {
  category: AwardCategory;
  proposal: CategoryProposal;
  hash: string;
  /** The category's approved candidacies, which the proposal chose from and an override may choose from. */
  candidates: ApprovedCandidacy[];
}

/**
 * The proposals of a campaign's categories and the evidence they rest on, gathered from the libs that own it:
 * the rankings' snapshots, the judging rounds, the approved candidacies and the verified identities. Reads in
 * the caller's transaction, if any, so an announcement checks what it publishes.
 */
@Injectable()
export class CampaignProposals {
  constructor(
    private readonly snapshots: RankingSnapshotsService,
    private readonly roundResults: RoundResultsService,
    private readonly directory: EnterpriseDirectory,
    private readonly identities: EnterpriseIdentitiesService,
  ) {}

  /** The latest ranking snapshot of each industry of the campaign. */
  latestSnapshots(campaignId: string): Promise<RankingSnapshot[]> {
    return this.snapshots.latestPerIndustry(campaignId);
  }

  /** The proposal of every category of the view, from the given latest snapshots and the final rounds. */
  async propose(view: CampaignView, latest: RankingSnapshot[]): Promise<Proposed[]> {
    return this.proposalsFrom(view, await this.evidence(view, latest));
  }

  /**
   * Everything the proposals rest on: each category's approved candidates and final round, the snapshots, and
   * the verified identity of every enterprise they name (and of `alsoNamed`), read in one query.
   */
  async evidence(view: CampaignView, latest: RankingSnapshot[], alsoNamed: string[] = []): Promise<Evidence> {
    const snapshots = new Map<string, SurveySnapshot>(latest.map((s) => [s.industryCode, s]));
    const categories: Evidence['categories'] = [];
    for (const category of view.categories) {
      const candidates = await this.directory.approvedIn(category.id);
      const final =
        category.kind === 'survey-benchmark' ? null : await this.roundResults.finalOfCategory(category.id);
      const finalRound: (FinalRound & { state: string }) | null = final && {
        roundId: final.round.id,
        position: final.round.position,
        name: final.round.name,
        state: final.round.state,
        checksum: final.results?.checksum ?? null,
        tieBreak: final.round.tieBreak,
        bands: final.bands,
        entrants: (final.results?.entrants ?? []).map((e) => ({
          enterpriseId: e.enterpriseId,
          enterpriseName: e.enterpriseName,
          industryCode: e.industryCode,
          score: e.score,
          band: e.band,
          rank: e.rank,
          decidedBy: e.decidedBy,
        })),
      };
      categories.push({ category, candidates, finalRound });
    }
    const named = [
      ...alsoNamed,
      ...latest.flatMap((s) => s.entries.map((e) => e.enterpriseId)),
      ...categories.flatMap((k) => [
        ...k.candidates.map((c) => c.enterpriseId),
        ...(k.finalRound?.entrants ?? []).map((e) => e.enterpriseId),
      ]),
    ];
    const identities = await this.identities.published(named);
    return { categories, snapshots, identities };
  }

  proposalsFrom(view: CampaignView, evidence: Evidence): Proposed[] {
    const names = publishedNames(evidence.identities);
    return evidence.categories.map(({ category, candidates, finalRound }) => {
      const proposal = withPublishedNames(
        proposeWinners({
          rules: category,
          industryCodes: view.industryCodes,
          candidates: new Set(candidates.map((c) => c.enterpriseId)),
          jointWinnersOnTie: view.campaign.jointWinnersOnTie,
          snapshots: evidence.snapshots,
          finalRound,
        }),
        names,
      );
      return { category, proposal, hash: evidenceHash(proposal), candidates };
    });
  }
}
