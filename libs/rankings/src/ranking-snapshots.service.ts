import { Injectable } from '@nestjs/common';
import { RankingSnapshot, RankingSnapshotsRepository } from './ranking-snapshots.repository';

/**
 * The snapshots as other libs read them (awards proposes winners from them, judging takes its entrants'
 * survey standing from them): typed by `RankingSnapshot`, the one shape of a snapshot. No visibility check:
 * callers are libs, which check their own readers. Reads in the ambient transaction.
 */
@Injectable()
export class RankingSnapshotsService {
  constructor(private readonly snapshots: RankingSnapshotsRepository) {}

  /** The latest snapshot of every industry of the campaign that has one, by industry code. */
  latestPerIndustry(campaignId: string): Promise<RankingSnapshot[]> {
    return this.snapshots.latestPerIndustry(campaignId);
  }

  /**
   * Enterprises the survey ranks (enough valid responses in their industry's latest snapshot): what a
   * judging round limited to survey-eligible entrants admits.
   */
  async surveyEligibleEnterprises(campaignId: string): Promise<Set<string>> {
    return new Set(await this.snapshots.enterprisesWithEligibility(campaignId, 'ranked'));
  }
}
