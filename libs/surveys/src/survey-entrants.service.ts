import { Injectable } from '@nestjs/common';
import { CampaignsService, CategoryKind } from '@app/campaigns';
import { ApprovedCandidate, EnterpriseDirectory } from '@app/enterprises';
import type { SurveyCandidate } from './response-row';

/** Category kinds whose winners come (wholly or partly) from the survey. */
export const SURVEY_CATEGORY_KINDS: readonly CategoryKind[] = ['survey-benchmark', 'combined'];

/** What ingestion checks each row of an import against, read once per import. */
export interface IngestionFacts {
  /** Approved candidates of a survey category, by enterprise id. */
  candidates: Map<string, SurveyCandidate>;
  enterpriseIdByCreditCode: Map<string, string>;
  enterpriseIds: Set<string>;
  surveyOpensAt: Date | null;
  surveyClosesAt: Date | null;
}

/** Who the survey of a campaign is about: the approved candidates of its survey categories. */
@Injectable()
export class SurveyEntrantsService {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly directory: EnterpriseDirectory,
  ) {}

  /**
   * One per enterprise, in the industry of its candidacy in the first survey category (campaign order) that
   * approved it; ordered by enterprise id. Reads in the ambient transaction.
   */
  async of(campaignId: string): Promise<ApprovedCandidate[]> {
    const categories = await this.campaigns.categoryIdsOfKinds(campaignId, SURVEY_CATEGORY_KINDS);
    return this.directory.approvedCandidates(campaignId, categories);
  }

  /**
   * Read once per import, so each row is checked in memory. Enterprises number in the thousands, responses
   * in the millions: holding the directory is cheap, a lookup per row is not.
   */
  async ingestionFacts(campaignId: string): Promise<IngestionFacts> {
    const [candidates, enterprises, window] = await Promise.all([
      this.of(campaignId),
      this.directory.creditCodes(),
      this.campaigns.surveyWindow(campaignId),
    ]);
    return {
      candidates: new Map(candidates.map((c) => [c.enterpriseId, c])),
      enterpriseIdByCreditCode: new Map(enterprises.map((e) => [e.creditCode, e.enterpriseId])),
      enterpriseIds: new Set(enterprises.map((e) => e.enterpriseId)),
      surveyOpensAt: window.opensAt,
      surveyClosesAt: window.closesAt,
    };
  }
}
