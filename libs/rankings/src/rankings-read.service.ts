import { Injectable } from '@nestjs/common';
import { Actor, DomainError } from '@app/common';
import { CampaignsService } from '@app/campaigns';
import { EnterpriseDirectory, EnterprisesService } from '@app/enterprises';
import { SurveyImportsService } from '@app/surveys';
import type { SnapshotEntry } from './industry-snapshot';
import { RankingSnapshot, RankingSnapshotsRepository, SnapshotSummary } from './ranking-snapshots.repository';
import type { WinnerSummary } from './snapshot-overview';

export interface IndustryOverview {
  industryCode: string;
  snapshotId: string;
  sequence: number;
  source: RankingSnapshot['source'];
  createdAt: Date;
  counts: RankingSnapshot['counts'];
  ranked: number;
  winnerSet: WinnerSummary[];
  industryAggregate: RankingSnapshot['industryAggregate'];
}

/** What an enterprise may see of its own standing before the announcement: its figures, rank and percentile. */
export interface EnterpriseStanding {
  campaignId: string;
  enterpriseId: string;
  industryCode: string | null;
  snapshotId: string | null;
  computedAt: Date | null;
  methodologyVersion: string | null;
  rankedInIndustry: number;
  entry: Omit<SnapshotEntry, 'winnerSet'> | null;
}

export const RankingErrors = {
  noSnapshot: (industry: string) =>
    new DomainError('not-found', 'RANKING_NOT_FOUND', {
      en: `No ranking snapshot for industry ${industry} yet`,
      zh: `行业 ${industry} 还没有排名快照`,
    }),
  snapshotNotFound: (id: string) =>
    new DomainError('not-found', 'SNAPSHOT_NOT_FOUND', {
      en: `No ranking snapshot ${id}`,
      zh: `没有排名快照 ${id}`,
    }),
  enterpriseNotFound: (id: string) =>
    new DomainError('not-found', 'ENTERPRISE_NOT_FOUND', {
      en: `No enterprise ${id} visible to you`,
      zh: `没有你可见的企业 ${id}`,
    }),
};

@Injectable()
export class RankingsReadService {
  constructor(
    private readonly snapshots: RankingSnapshotsRepository,
    private readonly campaigns: CampaignsService,
    private readonly enterprises: EnterprisesService,
    private readonly directory: EnterpriseDirectory,
    private readonly imports: SurveyImportsService,
  ) {}

  /**
   * Which snapshots the overview would show now, as a short text that changes whenever one industry has a newer
   * snapshot ('' when there is none): equal texts mean equal overviews, so the caller may keep its answer.
   */
  async overviewVersion(campaignId: string, viewer: Actor): Promise<string> {
    const version = await this.snapshots.latestSequences(campaignId);
    await this.campaigns.assertVisible(campaignId, viewer, version !== '');
    return version;
  }

  /**
   * Organizers: the latest snapshot of every industry, summarised from the summary stored with each snapshot
   * (snapshot-overview.ts), never from its entries.
   */
  async overview(campaignId: string, viewer: Actor): Promise<IndustryOverview[]> {
    // Read first: a snapshot references its campaign, so an organizer reading any needs no campaign read.
    const latest = await this.snapshots.latestOverviews(campaignId);
    await this.campaigns.assertVisible(campaignId, viewer, latest.length > 0);
    return latest.map((s) => ({
      industryCode: s.industryCode,
      snapshotId: s.id,
      sequence: s.sequence,
      source: s.source,
      createdAt: s.createdAt,
      counts: s.counts,
      ranked: s.ranked,
      winnerSet: s.winnerSummary,
      industryAggregate: s.industryAggregate,
    }));
  }

  /**
   * The latest snapshot's counts per industry (responses stored, valid, ...), for a summary the caller has
   * already authorised: the organizer's dashboard reads these without the snapshots' entries.
   */
  latestCounts(campaignId: string): Promise<SnapshotSummary[]> {
    return this.snapshots.latestSummaries(campaignId);
  }

  async latest(campaignId: string, industryCode: string, viewer: Actor): Promise<RankingSnapshot> {
    await this.campaigns.assertVisible(campaignId, viewer);
    const s = await this.snapshots.latest(campaignId, industryCode);
    if (!s) throw RankingErrors.noSnapshot(industryCode);
    return s;
  }

  async byId(campaignId: string, snapshotId: string, viewer: Actor): Promise<RankingSnapshot> {
    await this.campaigns.assertVisible(campaignId, viewer);
    const s = await this.snapshots.findById(campaignId, snapshotId);
    if (!s) throw RankingErrors.snapshotNotFound(snapshotId);
    return s;
  }

  async history(campaignId: string, industryCode: string, viewer: Actor): Promise<SnapshotSummary[]> {
    await this.campaigns.assertVisible(campaignId, viewer);
    return this.snapshots.history(campaignId, industryCode, 200);
  }

  /** Organizers: every enterprise's data-quality counts and alerts, from the latest snapshots. */
  async dataQuality(campaignId: string, viewer: Actor) {
    await this.campaigns.assertVisible(campaignId, viewer);
    const latest = await this.snapshots.latestPerIndustry(campaignId);
    const i = await this.imports.ingestionTotals(campaignId);
    return {
      ingestion: {
        imports: i.imports,
        received: i.received,
        accepted: i.accepted,
        duplicates: i.duplicates,
        rejected: i.rejected,
      },
      industries: latest.map((s) => ({
        industryCode: s.industryCode,
        snapshotId: s.id,
        counts: s.counts,
        enterprises: s.entries.map((e) => ({
          enterpriseId: e.enterpriseId,
          legalName: e.legalName,
          ...e.dataQuality,
        })),
      })),
    };
  }

  /** An enterprise member's (or an organizer's) view of one enterprise: never another enterprise's figures. */
  async standing(campaignId: string, enterpriseId: string, viewer: Actor): Promise<EnterpriseStanding> {
    await this.campaigns.assertVisible(campaignId, viewer);
    if (!(await this.enterprises.canSee(enterpriseId, viewer)))
      throw RankingErrors.enterpriseNotFound(enterpriseId);
    const industryCode = await this.directory.firstCandidacyIndustry(campaignId, enterpriseId);
    const s = industryCode ? await this.snapshots.latest(campaignId, industryCode) : null;
    const found = s?.entries.find((e) => e.enterpriseId === enterpriseId);
    const entry = found ? (({ winnerSet: _hidden, ...own }) => own)(found) : null;
    return {
      campaignId,
      enterpriseId,
      industryCode,
      snapshotId: s?.id ?? null,
      computedAt: s?.createdAt ?? null,
      methodologyVersion: s?.methodologyVersion ?? null,
      rankedInIndustry: s ? s.entries.filter((e) => e.rank !== null).length : 0,
      entry,
    };
  }
}
