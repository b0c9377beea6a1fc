import { Injectable } from '@nestjs/common';
import {
  ApprovedCandidate,
  CreditCodeEntry,
  EnterpriseDirectoryRepository,
} from './enterprise-directory.repository';

/**
 * Bulk reads of enterprises and candidacies for other libs' set-based work (ingestion checks every row of an
 * import against them, rankings lists every candidate of an industry). No visibility check: callers are
 * libs, not people. Each reads in the ambient transaction, so it sees the caller's snapshot.
 */
@Injectable()
export class EnterpriseDirectory {
  constructor(private readonly directory: EnterpriseDirectoryRepository) {}

  /**
   * The campaign's approved candidates in any of these categories, one per enterprise: its candidacy in the
   * earliest of them in the order given. Ordered by enterprise id.
   */
  approvedCandidates(campaignId: string, categoryIds: string[]): Promise<ApprovedCandidate[]> {
    return this.directory.approvedCandidates(campaignId, categoryIds);
  }

  /** Every enterprise's credit code: thousands of rows, read once per import rather than looked up per row. */
  creditCodes(): Promise<CreditCodeEntry[]> {
    return this.directory.creditCodes();
  }

  /** The industry of the enterprise's first candidacy in the campaign, whatever its state; null if none. */
  firstCandidacyIndustry(campaignId: string, enterpriseId: string): Promise<string | null> {
    return this.directory.firstCandidacyIndustry(campaignId, enterpriseId);
  }
}
