import { Injectable } from '@nestjs/common';
import {
  ApprovedCandidacy,
  ApprovedCandidate,
  CreditCodeEntry,
  EnterpriseDirectoryRepository,
  EnterpriseDossier,
  EnterpriseName,
} from './enterprise-directory.repository';
import { EnterprisesRepository } from '../enterprises.repository';

/**
 * Narrow reads of enterprises, their members and candidacies for other libs: bulk ones for set-based work
 * (ingestion checks every row of an import against them, rankings lists every candidate of an industry) and
 * small ones for judging (a round's entrants, a dossier). No visibility check: callers are libs, not people.
 * Each reads in the ambient transaction, so it sees the caller's snapshot.
 */
@Injectable()
export class EnterpriseDirectory {
  constructor(
    private readonly directory: EnterpriseDirectoryRepository,
    private readonly enterprises: EnterprisesRepository,
  ) {}

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
  /** The category's approved candidacies, by candidacy id. */
  approvedIn(categoryId: string): Promise<ApprovedCandidacy[]> {
    return this.directory.approvedIn(categoryId);
  }

  /**
   * The names of these enterprises, ordered by legal name (then id) under the database's collation: callers
   * that list enterprises by name keep this order rather than sorting names themselves.
   */
  namesOf(ids: string[]): Promise<EnterpriseName[]> {
    return this.directory.namesOf(ids);
  }

  /** What a judge reads about a candidate: the declared profile, never contacts or revenue. */
  dossier(enterpriseId: string): Promise<EnterpriseDossier | null> {
    return this.directory.dossier(enterpriseId);
  }

  /** Whether the user is a member of the enterprise, whatever the member's role. */
  async isMember(enterpriseId: string, userId: string): Promise<boolean> {
    return (await this.enterprises.membership(enterpriseId, userId)) !== null;
  }
}
