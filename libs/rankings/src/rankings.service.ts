import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { CampaignsService } from '@app/campaigns';
import { rankingsConfig } from '@app/config';
import { Transactions } from '@app/database';
import {
  MethodologyService,
  ResponseBatchesService,
  speedingThreshold,
  StoredResponsesStatistics,
  SurveyEntrantsService,
  SurveyImportsService,
} from '@app/surveys';
import { buildIndustrySnapshot } from './industry-snapshot';
import { medianOfHistogram } from './median';
import { RankingSnapshotsRepository } from './ranking-snapshots.repository';
import { IndustryCandidate, RankingsRepository } from './rankings.repository';
import { windowFor, windowHolds } from './totals-window';

export interface ClaimedWork {
  batches: number;
  rows: number;
  industries: string[];
}

export interface AggregationOutcome {
  rows: number;
  batches: number;
  industries: string[];
  snapshots: number;
  /** Where the time went, for the job's log line and return value. */
  aggregateMs: number;
  snapshotMs: number;
}

/** Pending rows from which refreshing the planner's statistics first (a few hundred ms) pays for itself. */
const LARGE_IMPORT_ROWS = 100_000;

@Injectable()
export class RankingsService {
  private readonly logger = new Logger(RankingsService.name);

  constructor(
    @Inject(rankingsConfig.KEY) private readonly config: ConfigType<typeof rankingsConfig>,
    private readonly transactions: Transactions,
    private readonly rankings: RankingsRepository,
    private readonly snapshots: RankingSnapshotsRepository,
    private readonly batches: ResponseBatchesService,
    private readonly imports: SurveyImportsService,
    private readonly entrants: SurveyEntrantsService,
    private readonly methodology: MethodologyService,
    private readonly campaigns: CampaignsService,
    private readonly storedResponses: StoredResponsesStatistics,
  ) {}

  /**
   * Aggregates every stored batch of the campaign not yet in the totals, a few batches per transaction, then
   * writes a snapshot for each industry it touched. `onProgress` gets the share done, 0-100.
   */
  async aggregate(
    campaignId: string,
    onProgress: (percent: number) => Promise<void> = async () => {},
  ): Promise<AggregationOutcome> {
    const started = Date.now();
    const pending = await this.batches.pending(campaignId);
    // Statistics from before a large import make the planner read the claimed batches the slow way.
    if (pending.rows >= LARGE_IMPORT_ROWS) await this.storedResponses.refresh();
    // Each claim reads its batches twice (histogram, totals), each time through every page of the batch
    // index's unsummarised ranges (StoredResponsesStatistics): with more than one claim to make, those pages
    // are read once now instead; with one, once the snapshots are written.
    const summarizeFirst = pending.batches > this.config.batchesPerTransaction;
    if (summarizeFirst) await this.storedResponses.summarizeBatchIndex();
    const industries = new Set<string>();
    let rows = 0;
    let batches = 0;
    for (;;) {
      const work = await this.aggregateNextBatches(campaignId);
      if (!work) break;
      rows += work.rows;
      batches += work.batches;
      work.industries.forEach((i) => industries.add(i));
      await onProgress(pending.rows === 0 ? 100 : Math.min(99, Math.floor((100 * rows) / pending.rows)));
      if (this.config.pauseMs > 0) await new Promise((done) => setTimeout(done, this.config.pauseMs));
    }
    const aggregated = Date.now();
    // The industries claimed now are dirty, and so are any a failed earlier attempt could not snapshot. Every
    // snapshot also carries the campaign's import counts (received, duplicates): an import that stored nothing
    // new (all duplicates) still moves them, so finishing any import rebuilds every industry's snapshot.
    const everyIndustry = (await this.imports.hasFullyAggregated(campaignId))
      ? [...new Set((await this.surveyCandidates(campaignId)).map((c) => c.industryCode))]
      : [];
    const snapshots = await this.writeSnapshots(campaignId, everyIndustry, 'incremental');
    await this.imports.markAggregated(campaignId);
    await onProgress(100);
    // Once the snapshots are fresh: the next aggregations (a partner's batches into this or any campaign) then
    // read only the pages written after these batches.
    if (batches > 0 && !summarizeFirst) await this.storedResponses.summarizeBatchIndex();
    return {
      rows,
      batches,
      industries: [...industries].sort(),
      snapshots,
      aggregateMs: aggregated - started,
      snapshotMs: Date.now() - aggregated,
    };
  }

  /** Rebuilds the totals from the stored responses and snapshots every industry with responses. */
  async recompute(campaignId: string): Promise<AggregationOutcome> {
    const started = Date.now();
    const touched = await this.rebuildTotals(campaignId);
    const aggregated = Date.now();
    const candidates = await this.surveyCandidates(campaignId);
    const industries = [...new Set([...touched, ...candidates.map((c) => c.industryCode)])].sort();
    const snapshots =
      industries.length > 0 ? await this.writeSnapshots(campaignId, industries, 'full-recompute') : 0;
    await this.imports.markAggregated(campaignId);
    return {
      rows: 0,
      batches: 0,
      industries,
      snapshots,
      aggregateMs: aggregated - started,
      snapshotMs: Date.now() - aggregated,
    };
  }

  /**
   * Snapshots `requested`, every dirty industry of the campaign, and every industry whose latest snapshot was
   * built with another speeding threshold, in one transaction under the campaign lock. The threshold comes
   * from the median of the whole campaign, so data that arrives for one industry can move it for all: when it
   * moves, every industry is rebuilt (METHODOLOGY.md "Data quality"), never only the ones the data touched.
   */
  private async writeSnapshots(
    campaignId: string,
    requested: string[],
    source: 'incremental' | 'full-recompute',
  ): Promise<number> {
    return this.rankings.withCampaignLock(campaignId, async () => {
      const dirty = await this.rankings.takeDirtyIndustries(campaignId);
      const m = await this.methodology.inForce(campaignId);
      const median = medianOfHistogram(await this.rankings.completionHistogram(campaignId));
      const threshold = speedingThreshold(median, m.parameters);
      const stale = await this.snapshots.industriesBuiltWithOtherThreshold(campaignId, median, threshold);
      const industries = [...new Set([...requested, ...dirty, ...stale])].sort();
      if (industries.length === 0) return 0;
      const rules = await this.campaigns.rankingRules(campaignId);
      const eligibility = {
        minResponsesRanked: rules.minResponsesRanked,
        minResponsesListed: rules.minResponsesListed,
      };
      // One after the other: they share the transaction's connection.
      const totals = await this.validTotals(campaignId, industries, threshold);
      const duplicates = await this.batches.duplicatesByEnterprise(campaignId);
      const quality = await this.rankings.qualityCounts(campaignId, industries, duplicates);
      const candidates = await this.surveyCandidates(campaignId);
      for (const industryCode of industries) {
        const content = buildIndustrySnapshot({
          candidates: candidates.filter((c) => c.industryCode === industryCode),
          totals: new Map(
            totals.filter((t) => t.industryCode === industryCode).map((t) => [t.enterpriseId, t]),
          ),
          quality: new Map(
            quality.filter((q) => q.industryCode === industryCode).map((q) => [q.enterpriseId, q]),
          ),
          rules: eligibility,
          parameters: m.parameters,
        });
        await this.snapshots.insert({
          campaignId,
          industryCode,
          source,
          methodologyVersion: m.version,
          parameters: m.parameters,
          instrument: { source: m.itemsSource, items: m.items },
          rules: { ...eligibility, jointWinnersOnTie: rules.jointWinnersOnTie },
          medianCompletionSeconds: median,
          speedingThresholdSeconds: threshold,
          ...content,
        });
      }
      this.logger.log(`Campaign ${campaignId}: ${source} snapshots for ${industries.join(', ')}`);
      return industries.length;
    });
  }

  /**
   * The running totals at `threshold`. The aggregation keeps the window around the threshold of the histogram
   * it wrote, and this transaction reads both as one, so the window holds unless the methodology in force
   * changed the threshold since; then the figures are summed from the stored responses of the aggregated
   * batches (exact, slower), and the next aggregation draws the window anew.
   */
  private async validTotals(campaignId: string, industries: string[], threshold: number | null) {
    if (windowHolds(await this.rankings.totalsWindow(campaignId), threshold)) {
      return this.rankings.validTotals(campaignId, industries, threshold);
    }
    this.logger.warn(`Campaign ${campaignId}: threshold ${threshold} outside the totals window`);
    const batches = await this.batches.aggregatedIds(campaignId);
    return this.rankings.validTotalsFromResponses(campaignId, industries, threshold, batches);
  }

  /**
   * Adds the given batches to the campaign's totals, quality counts and histogram under the totals window's
   * lock. The histogram goes first: the threshold it gives decides the window. While the window holds it,
   * only these batches are read; otherwise the totals of every batch aggregated before are rebuilt from the
   * stored responses around the new threshold (with realistic data, once: when the first batches arrive).
   */
  private async addToTotals(campaignId: string, batchIds: string[]): Promise<string[]> {
    await this.rankings.settleForLargeReads();
    const current = await this.rankings.lockTotalsWindow(campaignId);
    await this.rankings.addCompletionTimes(campaignId, batchIds);
    const median = medianOfHistogram(await this.rankings.completionHistogram(campaignId));
    const threshold = speedingThreshold(median, (await this.methodology.inForce(campaignId)).parameters);
    const window = windowFor(current, threshold);
    if (window !== current) {
      const claimed = new Set(batchIds);
      const before = (await this.batches.aggregatedIds(campaignId)).filter((id) => !claimed.has(id));
      await this.rankings.rebuildTotalsWithin(campaignId, window, before);
    }
    return this.rankings.addBatches(campaignId, batchIds, window);
  }

  /**
   * One transaction: claim up to the configured number of unaggregated batches (SKIP LOCKED, so two workers
   * never take the same ones), add their responses to the running totals, quality counts and completion
   * histogram, and mark them aggregated. A crash anywhere rolls all of it back; null when nothing is left.
   */
  private aggregateNextBatches(campaignId: string): Promise<ClaimedWork | null> {
    return this.transactions.run(async () => {
      const claimed = await this.batches.claimUnaggregated(campaignId, this.config.batchesPerTransaction);
      if (claimed.ids.length === 0) return null;
      const industries = await this.addToTotals(campaignId, claimed.ids);
      await this.batches.markAggregated(claimed.ids);
      return { batches: claimed.ids.length, rows: claimed.rows, industries };
    });
  }

  /**
   * Rebuilds the campaign's totals from its stored responses with the same statement, in one transaction
   * that first locks every batch of the campaign (waiting for any claim in progress), so no incremental claim
   * can interleave; batches stored after that lock are left to the incremental path.
   */
  private rebuildTotals(campaignId: string): Promise<string[]> {
    return this.transactions.run(async () => {
      const ids = await this.batches.lockAll(campaignId);
      // Before the totals are cleared: an aggregation of newer batches waits for it, not for cleared rows.
      await this.rankings.lockTotalsWindow(campaignId);
      await this.rankings.clearTotals(campaignId);
      const industries = ids.length > 0 ? await this.addToTotals(campaignId, ids) : [];
      await this.batches.markAggregatedIfNot(ids);
      return industries;
    });
  }

  /** Approved candidates of the campaign's survey categories, so that an enterprise with no responses shows too. */
  private async surveyCandidates(campaignId: string): Promise<IndustryCandidate[]> {
    return (await this.entrants.of(campaignId)).map((c) => ({
      enterpriseId: c.enterpriseId,
      legalName: c.legalName,
      industryCode: c.industryCode,
      annualRevenue: c.annualRevenue,
    }));
  }
}
