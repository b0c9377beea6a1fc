import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConfigType } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { rankingsConfig } from '@app/config';
import { MethodologyService } from '@app/surveys/methodology.service';
import { speedingThreshold } from '@app/surveys/response-quality';
import { SurveyImportsRepository } from '@app/surveys/survey-imports.repository';
import { buildIndustrySnapshot } from './industry-snapshot';
import { medianOfHistogram } from './median';
import { RankingSnapshotsRepository } from './ranking-snapshots.repository';
import { RankingsRepository } from './rankings.repository';

export interface AggregationOutcome {
  rows: number;
  batches: number;
  industries: string[];
  snapshots: number;
  /** Where the time went, for the job's log line and return value. */
  aggregateMs: number;
  snapshotMs: number;
}

@Injectable()
export class RankingsService {
  private readonly logger = new Logger(RankingsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(rankingsConfig.KEY) private readonly config: ConfigType<typeof rankingsConfig>,
    private readonly rankings: RankingsRepository,
    private readonly snapshots: RankingSnapshotsRepository,
    private readonly methodology: MethodologyService,
    private readonly imports: SurveyImportsRepository,
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
    const pending = await this.rankings.pendingRows(campaignId);
    const industries = new Set<string>();
    let rows = 0;
    let batches = 0;
    for (;;) {
      const work = await this.rankings.aggregateNextBatches(campaignId, this.config.batchesPerTransaction);
      if (!work) break;
      rows += work.rows;
      batches += work.batches;
      work.industries.forEach((i) => industries.add(i));
      await onProgress(pending === 0 ? 100 : Math.min(99, Math.floor((100 * rows) / pending)));
      if (this.config.pauseMs > 0) await new Promise((done) => setTimeout(done, this.config.pauseMs));
    }
    const aggregated = Date.now();
    // The industries claimed now are dirty, and so are any a failed earlier attempt could not snapshot. Every
    // snapshot also carries the campaign's import counts (received, duplicates): an import that stored nothing
    // new (all duplicates) still moves them, so finishing any import rebuilds every industry's snapshot.
    const everyIndustry = (await this.imports.hasFullyAggregated(campaignId))
      ? [...new Set((await this.rankings.surveyCandidates(campaignId)).map((c) => c.industryCode))]
      : [];
    const snapshots = await this.writeSnapshots(campaignId, everyIndustry, 'incremental');
    await this.imports.markAggregated(campaignId);
    await onProgress(100);
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
    const touched = await this.rankings.recomputeCampaign(campaignId);
    const aggregated = Date.now();
    const candidates = await this.rankings.surveyCandidates(campaignId);
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
    return this.rankings.withCampaignLock(campaignId, async (manager) => {
      const dirty = await this.rankings.takeDirtyIndustries(campaignId, manager);
      const m = await this.methodology.inForce(campaignId, manager);
      const median = medianOfHistogram(await this.rankings.completionHistogram(campaignId, manager));
      const threshold = speedingThreshold(median, m.parameters);
      const stale = await this.snapshots.industriesBuiltWithOtherThreshold(
        campaignId,
        median,
        threshold,
        manager,
      );
      const industries = [...new Set([...requested, ...dirty, ...stale])].sort();
      if (industries.length === 0) return 0;
      const rules: {
        min_responses_ranked: number;
        min_responses_listed: number;
        joint_winners_on_tie: boolean;
      }[] = await manager.query(
        `SELECT min_responses_ranked, min_responses_listed, joint_winners_on_tie FROM campaigns WHERE id = $1`,
        [campaignId],
      );
      const eligibility = {
        minResponsesRanked: rules[0].min_responses_ranked,
        minResponsesListed: rules[0].min_responses_listed,
      };
      // One after the other: they share the transaction's connection.
      const totals = await this.rankings.validTotals(campaignId, industries, threshold, manager);
      const quality = await this.rankings.qualityCounts(campaignId, industries, manager);
      const candidates = await this.rankings.surveyCandidates(campaignId, manager);
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
        await this.snapshots.insert(
          {
            campaignId,
            industryCode,
            source,
            methodologyVersion: m.version,
            parameters: m.parameters,
            instrument: { source: m.itemsSource, items: m.items },
            rules: { ...eligibility, jointWinnersOnTie: rules[0].joint_winners_on_tie },
            medianCompletionSeconds: median,
            speedingThresholdSeconds: threshold,
            ...content,
          },
          manager,
        );
      }
      this.logger.log(`Campaign ${campaignId}: ${source} snapshots for ${industries.join(', ')}`);
      return industries.length;
    });
  }

  campaignsWithPendingBatches(): Promise<string[]> {
    return this.rankings.campaignsWithPendingBatches();
  }
}
