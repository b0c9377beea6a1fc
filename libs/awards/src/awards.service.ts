import { Injectable, Logger } from '@nestjs/common';
import { Transactions } from '@app/database';
import { Actor, DomainError } from '@app/common';
import { CampaignsService, CampaignView } from '@app/campaigns';
import { AuditLogService } from '@app/identity';
import { RoundResultsService } from '@app/judging';
import { RankingSnapshot } from '@app/rankings';
import { DecidedWinners, decisionProblems, proposedWinners, sameWinners } from './award-decision';
import { AwardErrors } from './awards.errors';
import { AwardDecision, AwardsRepository } from './awards.repository';
import { CampaignProposals, Proposed } from './proposals/campaign-proposals';
import type { CategoryProposal } from './proposals/winner-proposal';
import { roundOrNull } from './proposals/category-proposal';
import { PublicationService } from './publication/publication.service';
import { publishedNames } from './published-names';

export interface DecisionView {
  version: number;
  winners: DecidedWinners[];
  overridden: boolean;
  justification: string | null;
  evidenceHash: string;
  decidedBy: string | null;
  decidedAt: Date;
  /** True when the evidence has changed since this confirmation: it must be confirmed again. */
  stale: boolean;
}

export interface CategoryProposalView {
  categoryId: string;
  name: string;
  /** The Chinese name, when the campaign gave one. */
  nameZh: string | null;
  kind: string;
  perIndustry: boolean;
  maxWinners: number;
  proposal: CategoryProposal;
  evidenceHash: string;
  decision: DecisionView | null;
}

export interface DecisionInput {
  evidenceHash: string;
  /** Omitted: confirm the proposal as it is. */
  winners?: DecidedWinners[];
  justification?: string | null;
}

const decisionView = (d: AwardDecision, currentHash: string): DecisionView => ({
  version: d.version,
  winners: d.winners,
  overridden: d.overridden,
  justification: d.justification,
  evidenceHash: d.evidenceHash,
  decidedBy: d.decidedBy,
  decidedAt: d.decidedAt,
  stale: d.evidenceHash !== currentHash,
});

/** Winner proposals, organizers' confirmations, and the announcement that publishes them all at once. */
@Injectable()
export class AwardsService {
  private readonly logger = new Logger(AwardsService.name);

  constructor(
    private readonly transactions: Transactions,
    private readonly campaigns: CampaignsService,
    private readonly proposed: CampaignProposals,
    private readonly roundResults: RoundResultsService,
    private readonly awards: AwardsRepository,
    private readonly publication: PublicationService,
    private readonly auditLog: AuditLogService,
  ) {}

  async proposals(campaignId: string, viewer: Actor): Promise<CategoryProposalView[]> {
    const view = await this.campaigns.get(campaignId, viewer);
    return this.proposalViews(view, await this.proposed.latestSnapshots(campaignId));
  }

  private async proposalViews(
    view: CampaignView,
    snapshots: RankingSnapshot[],
  ): Promise<CategoryProposalView[]> {
    const [proposed, decisions] = await Promise.all([
      this.proposed.propose(view, snapshots),
      this.awards.currentDecisions(view.campaign.id),
    ]);
    return this.withDecisions(proposed, decisions);
  }

  private withDecisions(proposed: Proposed[], decisions: AwardDecision[]): CategoryProposalView[] {
    return proposed.map((p) => {
      const d = decisions.find((x) => x.categoryId === p.category.id);
      return {
        categoryId: p.category.id,
        name: p.category.name,
        nameZh: p.category.nameZh ?? null,
        kind: p.category.kind,
        perIndustry: p.category.perIndustry,
        maxWinners: p.category.maxWinners,
        proposal: p.proposal,
        evidenceHash: p.hash,
        decision: d ? decisionView(d, p.hash) : null,
      };
    });
  }

  async history(campaignId: string, categoryId: string, viewer: Actor): Promise<DecisionView[]> {
    const view = await this.campaigns.get(campaignId, viewer);
    const category = view.categories.find((k) => k.id === categoryId);
    if (!category) throw AwardErrors.categoryNotFound(categoryId);
    const [current] = await this.proposed.propose(
      { ...view, categories: [category] },
      await this.proposed.latestSnapshots(campaignId),
    );
    return (await this.awards.decisionHistory(categoryId)).map((d) => decisionView(d, current.hash));
  }

  /**
   * Confirms a category's winners: the proposal as it is, or an override with a written justification. The
   * organizer names the evidence hash read with the proposal, so a confirmation is never of figures nobody saw.
   */
  async decide(
    campaignId: string,
    categoryId: string,
    input: DecisionInput,
    actor: Actor,
  ): Promise<DecisionView> {
    const view = await this.campaigns.get(campaignId, actor);
    const category = view.categories.find((k) => k.id === categoryId);
    if (!category) throw AwardErrors.categoryNotFound(categoryId);
    if (view.campaign.state !== 'deciding') throw AwardErrors.notDeciding(view.campaign.state);
    const [current] = await this.proposed.propose(
      { ...view, categories: [category] },
      await this.proposed.latestSnapshots(campaignId),
    );
    if (input.evidenceHash !== current.hash)
      throw AwardErrors.evidenceChanged(input.evidenceHash, current.hash);
    const winners = input.winners ?? proposedWinners(current.proposal);
    const justification = input.justification?.trim() || null;
    const eligible = new Map<string | null, Set<string>>();
    for (const c of current.candidates) {
      const group = category.perIndustry || category.kind === 'survey-benchmark' ? c.industryCode : null;
      if (!eligible.has(group)) eligible.set(group, new Set());
      eligible.get(group)!.add(c.enterpriseId);
    }
    const problems = decisionProblems(
      current.proposal,
      winners,
      eligible,
      category.maxWinners,
      justification,
    );
    if (problems.length > 0) throw AwardErrors.invalidDecision(problems);
    const overridden = !sameWinners(proposedWinners(current.proposal), winners);

    const decision = await this.transactions.run(async () => {
      // The campaign row is the lock: decisions and the announcement take turns.
      const locked = await this.campaigns.lockForDecision(campaignId);
      if (locked.state !== 'deciding') throw AwardErrors.notDeciding(locked.state);
      const d = await this.awards.insertDecision({
        campaignId,
        categoryId,
        proposal: current.proposal,
        evidenceHash: current.hash,
        winners,
        overridden,
        justification,
        decidedBy: actor.userId,
      });
      await this.auditLog.record(actor, {
        action: overridden ? 'awards.winners-overridden' : 'awards.winners-confirmed',
        entityType: 'award_category',
        entityId: categoryId,
        before: { proposed: proposedWinners(current.proposal) },
        after: { version: d.version, winners, justification, evidenceHash: current.hash },
      });
      return d;
    });
    return decisionView(decision, current.hash);
  }

  /** Announces now, for an organizer. Announcing an announced campaign changes nothing. */
  async announce(campaignId: string, actor: Actor) {
    await this.campaigns.get(campaignId, actor);
    const outcome = await this.campaigns.announce(campaignId, actor, 'manual', null, (view) =>
      this.publication.publish(view, actor, 'manual'),
    );
    this.logger.log(`Announcement of campaign ${campaignId} by ${actor.userId}: ${outcome}`);
    return { outcome };
  }

  /**
   * The announcement job. Idempotent: once announced, a rerun finds the campaign announced and does nothing.
   * A refused announcement (a category not confirmed) is audited rather than retried: retrying cannot fix it.
   */
  async announceOnSchedule(campaignId: string, scheduledFor: string, actor: Actor) {
    try {
      return await this.campaigns.announce(campaignId, actor, 'scheduled', scheduledFor, (view) =>
        this.publication.publish(view, actor, 'scheduled'),
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      await this.auditLog.record(actor, {
        action: 'awards.scheduled-announcement-refused',
        entityType: 'campaign',
        entityId: campaignId,
        after: { scheduledFor, reason: error.message },
      });
      return 'refused' as const;
    }
  }

  /**
   * Everything decided and computed, for organizers: proposals with decisions, rankings, and round results.
   * Every enterprise, in every part, is named from the one verified-identity read the proposals are made with
   * (the snapshots and rounds keep the names they were computed with), so after a verified rename the
   * ranking, round and category rows of one export agree.
   */
  async export(campaignId: string, viewer: Actor) {
    const view = await this.campaigns.get(campaignId, viewer);
    const snapshots = await this.proposed.latestSnapshots(campaignId);
    const [rounds, decisions] = await Promise.all([
      this.roundResults.allOfCampaign(campaignId),
      this.awards.currentDecisions(campaignId),
    ]);
    const evidence = await this.proposed.evidence(view, snapshots, [
      ...rounds.flatMap((r) => r.entrants.map((e) => e.enterpriseId)),
      ...decisions.flatMap((d) => d.winners.flatMap((w) => w.enterpriseIds)),
    ]);
    const categories = this.withDecisions(this.proposed.proposalsFrom(view, evidence), decisions);
    const verified = publishedNames(evidence.identities);
    // An enterprise without a verified identity keeps the name its evidence carries, as in the proposals.
    const named = (id: string, carried: string) => verified.get(id)?.name ?? carried;
    return {
      campaign: {
        id: view.campaign.id,
        slug: view.campaign.slug,
        name: view.campaign.name,
        year: view.campaign.year,
        state: view.campaign.state,
      },
      categories,
      /** The verified identity of every enterprise the export names, which every row is named from. */
      enterprises: [...verified].map(([enterpriseId, v]) => ({
        enterpriseId,
        name: v.name,
        identityVersion: v.version,
      })),
      rankings: snapshots.map((s) => ({
        industryCode: s.industryCode,
        snapshotId: s.id,
        sequence: s.sequence,
        methodologyVersion: s.methodologyVersion,
        entries: s.entries.map((e) => ({
          enterpriseId: e.enterpriseId,
          legalName: named(e.enterpriseId, e.legalName),
          eligibility: e.eligibility,
          rank: e.rank,
          n: e.n,
          publishedCsi: e.publishedCsi,
          // rounded as the public page and the proposals round them, beside the published CSI
          csiLow: roundOrNull(e.csi?.low),
          csiHigh: roundOrNull(e.csi?.high),
          inWinnerSet: e.winnerSet?.member ?? false,
        })),
      })),
      rounds: rounds.map((r) => ({
        roundId: r.roundId,
        categoryId: r.categoryId,
        name: r.name,
        position: r.position,
        state: r.state,
        checksum: r.checksum,
        entrants: r.entrants.map((e) => ({
          enterpriseId: e.enterpriseId,
          enterpriseName: named(e.enterpriseId, e.enterpriseName),
          industryCode: e.industryCode,
          score: e.score,
          band: e.band,
          rank: e.rank,
          advances: e.advances,
        })),
      })),
    };
  }
}
