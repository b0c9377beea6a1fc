import { Injectable } from '@nestjs/common';
import { CampaignFactsService } from '@app/campaigns';
import { JudgeCampaignsRepository } from './judge-campaigns.repository';

/** What a judge's request is about: one assignment, one round, or the judge's work as a whole. */
export interface JudgeRequestScope {
  assignmentId?: string;
  roundId?: string;
}

/** Rules campaigns set for the judges who see their judging. */
@Injectable()
export class JudgeAccessService {
  constructor(
    private readonly judgeCampaigns: JudgeCampaignsRepository,
    private readonly campaigns: CampaignFactsService,
  ) {}

  /**
   * The campaigns, by name, that ask a second factor of their judges and that this request touches: the
   * assignment's or the round's campaign, or, for requests about the judge's work as a whole (the list of
   * assignments, conflicts), every campaign the judge sits on a panel of or has an assignment in.
   * An unknown assignment or round touches none: the route's own answer (404) follows.
   */
  async campaignsRequiringSecondFactor(judgeId: string, scope: JudgeRequestScope): Promise<string[]> {
    const ids = scope.assignmentId
      ? await this.judgeCampaigns.ofAssignment(scope.assignmentId)
      : scope.roundId
        ? await this.judgeCampaigns.ofRound(scope.roundId)
        : await this.judgeCampaigns.ofJudge(judgeId);
    return (await this.campaigns.requiringJudgeSecondFactor(ids)).map((c) => c.name);
  }
}
