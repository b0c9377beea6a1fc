import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Transactions } from '@app/database';
import { Actor, DomainError } from '@app/common';
import { AwardCategory, CampaignsService, CampaignView } from '@app/campaigns';
import { sha256OfCanonicalJson } from '@app/database/canonical-json';
import { EnterpriseIdentitiesService, PublishedIdentity } from '@app/enterprises';
import { AuditLogService } from '@app/identity';
import { RoundResultsService } from '@app/judging';
import { RankingSnapshot, RankingSnapshotsRepository } from '@app/rankings';
import {
  DecidedWinners,
  decisionProblems,
  evidenceHash,
  proposedWinners,
  sameWinners,
} from './award-decision';
import { AwardErrors } from './awards.errors';
import { AwardDecision, AwardsRepository, CertificateRow } from './awards.repository';
import { Publication, publishedCategory, publishedRanking } from './publication';
import { publishedNames, unpublishableIdentities, withPublishedNames } from './published-names';
import { CategoryProposal, FinalRound, proposeWinners, SurveySnapshot } from './winner-proposal';

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

/** What proposals are made from, read once: a publication names enterprises exactly as its checks saw them. */
interface Evidence {
  categories: {
    category: AwardCategory;
    candidates: { enterpriseId: string; industryCode: string }[];
    finalRound: (FinalRound & { state: string }) | null;
  }[];
  snapshots: Map<string, SurveySnapshot>;
  /** The last verified identity of every enterprise the evidence names. */
  identities: Map<string, PublishedIdentity>;
}

interface Proposed {
  category: AwardCategory;
  proposal: CategoryProposal;
  hash: string;
  /** The category's approved candidacies, which the proposal chose from and an override may choose from. */
  candidates: { enterpriseId: string; industryCode: string }[];
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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly snapshots: RankingSnapshotsRepository,
    private readonly roundResults: RoundResultsService,
    private readonly awards: AwardsRepository,
    private readonly auditLog: AuditLogService,
    private readonly identities: EnterpriseIdentitiesService,
  ) {}

  async proposals(campaignId: string, viewer: Actor): Promise<CategoryProposalView[]> {
    const view = await this.campaigns.get(campaignId, viewer);
    return this.proposalViews(view, await this.snapshots.latestPerIndustry(campaignId));
  }

  private async proposalViews(
    view: CampaignView,
    snapshots: RankingSnapshot[],
  ): Promise<CategoryProposalView[]> {
    const [proposed, decisions] = await Promise.all([
      this.propose(view, snapshots),
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
    const [current] = await this.propose(
      { ...view, categories: [category] },
      await this.snapshots.latestPerIndustry(campaignId),
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
    const [current] = await this.propose(
      { ...view, categories: [category] },
      await this.snapshots.latestPerIndustry(campaignId),
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
      const manager = this.transactions.manager;
      // The campaign row is the lock: decisions and the announcement take turns.
      const locked = await this.campaigns.lockForDecision(campaignId, manager);
      if (locked.state !== 'deciding') throw AwardErrors.notDeciding(locked.state);
      const d = await this.awards.insertDecision(
        {
          campaignId,
          categoryId,
          proposal: current.proposal,
          evidenceHash: current.hash,
          winners,
          overridden,
          justification,
          decidedBy: actor.userId,
        },
        manager,
      );
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
    const outcome = await this.campaigns.announce(campaignId, actor, 'manual', null, (view, manager) =>
      this.publish(view, actor, 'manual', manager),
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
      return await this.campaigns.announce(campaignId, actor, 'scheduled', scheduledFor, (view, manager) =>
        this.publish(view, actor, 'scheduled', manager),
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
    const snapshots = await this.snapshots.latestPerIndustry(campaignId);
    const [rounds, decisions] = await Promise.all([
      this.roundResults.allOfCampaign(campaignId),
      this.awards.currentDecisions(campaignId),
    ]);
    const evidence = await this.evidence(view, snapshots, undefined, [
      ...rounds.flatMap((r) => r.entrants.map((e) => e.enterpriseId)),
      ...decisions.flatMap((d) => d.winners.flatMap((w) => w.enterpriseIds)),
    ]);
    const categories = this.withDecisions(this.proposalsFrom(view, evidence), decisions);
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
          csiLow: e.csi?.low ?? null,
          csiHigh: e.csi?.high ?? null,
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

  /** Inside the announcement's transaction, with the campaign locked: checks, then writes what the public sees. */
  private async publish(
    view: CampaignView,
    actor: Actor,
    how: 'manual' | 'scheduled',
    manager: EntityManager,
  ): Promise<void> {
    const c = view.campaign;
    const snapshots = await this.snapshots.latestPerIndustry(c.id);
    const decisions = await this.awards.currentDecisions(c.id, manager);
    const winnerIds = decisions.flatMap((d) => d.winners.flatMap((g) => g.enterpriseIds));
    const [evidence, industryNames] = await Promise.all([
      this.evidence(view, snapshots, manager, winnerIds),
      this.awards.industryNames(),
    ]);
    const proposed = this.proposalsFrom(view, evidence);
    const problems: string[] = [];
    for (const p of proposed) {
      const d = decisions.find((x) => x.categoryId === p.category.id);
      if (!d) problems.push(`"${p.category.name}" has no confirmed winners`);
      else if (d.evidenceHash !== p.hash)
        problems.push(
          `"${p.category.name}" changed since its confirmation (version ${d.version}); confirm it again`,
        );
    }
    const rankedIds = snapshots.flatMap((s) =>
      s.entries.filter((e) => e.eligibility !== 'unpublished').map((e) => e.enterpriseId),
    );
    problems.push(...unpublishableIdentities(winnerIds, rankedIds, evidence.identities));
    if (problems.length > 0) throw AwardErrors.notReady(problems);

    const names = publishedNames(evidence.identities);
    const certificates: CertificateRow[] = [];
    const announcedAt = new Date().toISOString();
    const categories = proposed.map((p) => {
      const d = decisions.find((x) => x.categoryId === p.category.id) as AwardDecision;
      const built = publishedCategory(p.category, d, names);
      for (const cert of built.certificates) {
        const industry = cert.industryCode ? industryNames.get(cert.industryCode) : undefined;
        certificates.push({
          code: cert.winner.certificateCode,
          campaignId: c.id,
          categoryId: p.category.id,
          industryCode: cert.industryCode,
          enterpriseId: cert.enterpriseId,
          content: {
            code: cert.winner.certificateCode,
            campaign: { slug: c.slug, name: c.name, year: c.year },
            category: { name: p.category.name, nameZh: p.category.nameZh },
            industry: cert.industryCode
              ? {
                  code: cert.industryCode,
                  name: industry?.name ?? cert.industryCode,
                  nameZh: industry?.nameZh ?? null,
                }
              : null,
            enterprise: cert.winner.name,
            figures: cert.winner.figures,
            jointWinners:
              built.category.groups.find((g) => g.industryCode === cert.industryCode)!.winners.length > 1,
            announcedAt,
          },
        });
      }
      return built.category;
    });
    const ordered = view.industryCodes.flatMap((code) => snapshots.filter((s) => s.industryCode === code));
    const first = ordered[0];
    const content: Publication = {
      campaign: {
        slug: c.slug,
        name: c.name,
        year: c.year,
        descriptionEn: c.descriptionEn,
        descriptionZh: c.descriptionZh,
        announcedAt,
      },
      methodology: {
        version: first?.methodologyVersion ?? c.methodologyVersion,
        parameters: first?.parameters ?? null,
        rules: {
          minResponsesRanked: c.minResponsesRanked,
          minResponsesListed: c.minResponsesListed,
          jointWinnersOnTie: c.jointWinnersOnTie,
        },
        overrides: categories
          // Overrides, and decisions taken without a proposal: both rest on the organizers' written word.
          .filter((k) => k.justification !== null)
          .map((k) => ({ category: k.name, justification: k.justification ?? '' })),
      },
      industries: view.industryCodes.map((code) => ({
        code,
        name: industryNames.get(code)?.name ?? code,
        nameZh: industryNames.get(code)?.nameZh ?? code,
      })),
      categories,
      rankings: ordered.map((s) => publishedRanking(s as unknown as SurveySnapshot, names)),
    };
    const checksum = sha256OfCanonicalJson(content);
    await this.awards.insertPublication(
      { campaignId: c.id, slug: c.slug, content, checksum },
      actor.userId,
      how,
      manager,
    );
    await this.awards.insertCertificates(certificates, manager);

    const winnersByEnterprise = new Map<string, string[]>();
    for (const cert of certificates)
      winnersByEnterprise.set(cert.enterpriseId, [
        ...(winnersByEnterprise.get(cert.enterpriseId) ?? []),
        cert.code,
      ]);
    const members = await this.awards.candidateMembers(c.id, manager);
    for (const m of members) {
      const codes = winnersByEnterprise.get(m.enterpriseId);
      await this.awards.queueNotification(
        {
          recipientId: m.userId,
          kind: codes ? 'award-won' : 'results-announced',
          subject: codes ? `${c.name}: your enterprise is a winner` : `${c.name}: results announced`,
          body: codes
            ? `Congratulations. Certificates: ${codes.join(', ')}. Results: /results/${c.slug}`
            : `The results are published at /results/${c.slug}.`,
          dedupeKey: `announcement:${c.id}:${m.userId}:${m.enterpriseId}`,
        },
        manager,
      );
    }
    await this.auditLog.record(actor, {
      action: 'awards.announced',
      entityType: 'campaign',
      entityId: c.id,
      after: { how, checksum, certificates: certificates.length, notifications: members.length },
    });
  }

  /** The proposal of every category of the view, from the given latest snapshots and the final rounds. */
  private async propose(
    view: CampaignView,
    latest: RankingSnapshot[],
    manager?: EntityManager,
  ): Promise<Proposed[]> {
    return this.proposalsFrom(view, await this.evidence(view, latest, manager));
  }

  /**
   * Everything the proposals rest on: each category's approved candidates and final round, the snapshots, and
   * the verified identity of every enterprise they name (and of `alsoNamed`), read in one query.
   */
  private async evidence(
    view: CampaignView,
    latest: RankingSnapshot[],
    manager?: EntityManager,
    alsoNamed: string[] = [],
  ): Promise<Evidence> {
    const snapshots = new Map(latest.map((s) => [s.industryCode, s as unknown as SurveySnapshot]));
    const categories: Evidence['categories'] = [];
    for (const category of view.categories) {
      const candidates = await this.awards.candidates(category.id, manager);
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
    const identities = await this.identities.published(named, manager);
    return { categories, snapshots, identities };
  }

  private proposalsFrom(view: CampaignView, evidence: Evidence): Proposed[] {
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
