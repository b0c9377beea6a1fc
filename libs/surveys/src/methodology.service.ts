import { Injectable, OnModuleInit } from '@nestjs/common';
import { Actor } from '@app/common';
import {
  CampaignMethodologyChoice,
  CampaignsService,
  CampaignState,
  isAtOrAfter,
  MethodologyVersions,
} from '@app/campaigns';
import { Transactions } from '@app/database';
import { AuditLogService } from '@app/identity';
import { instrumentProblems, parameterProblems } from './instrument-rules';
import { InstrumentItem, MethodologyDefinition, MethodologyParameters } from './methodology';
import { MethodologyRepository, StoredMethodologyVersion } from './methodology.repository';
import { SurveyErrors } from './surveys.errors';

/** The instrument and parameters a campaign's responses are scored and ranked with. */
export interface MethodologyInForce {
  campaignId: string;
  campaignState: CampaignState;
  version: string;
  parameters: MethodologyParameters;
  items: InstrumentItem[];
  /** 'campaign' when organizers defined the campaign's own items, else the version's default instrument. */
  itemsSource: 'campaign' | 'methodology-default';
  /** From survey on, nothing of this may change. */
  frozen: boolean;
}

@Injectable()
export class MethodologyService implements OnModuleInit {
  constructor(
    private readonly transactions: Transactions,
    private readonly methodology: MethodologyRepository,
    private readonly campaigns: CampaignsService,
    private readonly versions: MethodologyVersions,
    private readonly auditLog: AuditLogService,
  ) {}

  /** Campaigns checks a campaign's methodology version against the versions stored here. */
  onModuleInit(): void {
    this.versions.answerWith(async (version) => (await this.methodology.findVersion(version)) !== null);
  }

  listVersions(): Promise<StoredMethodologyVersion[]> {
    return this.methodology.listVersions();
  }

  async getVersion(version: string): Promise<StoredMethodologyVersion> {
    const found = await this.methodology.findVersion(version);
    if (!found) throw SurveyErrors.versionNotFound(version);
    return found;
  }

  async createVersion(v: MethodologyDefinition, actor: Actor): Promise<StoredMethodologyVersion> {
    const problems = [...parameterProblems(v.parameters), ...instrumentProblems(v.items, v.parameters)];
    if (problems.length > 0) throw SurveyErrors.invalid(problems);
    await this.transactions.run(async () => {
      if (!(await this.methodology.insertVersion(v, actor.userId)))
        throw SurveyErrors.versionExists(v.version);
      await this.auditLog.record(actor, {
        action: 'methodology-version.created',
        entityType: 'methodology-version',
        entityId: null,
        after: { ...v },
      });
    });
    return this.getVersion(v.version);
  }

  /** Throws not-found for an unknown campaign: callers check visibility before. Reads in the ambient transaction. */
  async inForce(campaignId: string): Promise<MethodologyInForce> {
    return this.resolve(await this.campaigns.methodologyChoice(campaignId));
  }

  async setCampaignInstrument(
    campaignId: string,
    items: InstrumentItem[],
    actor: Actor,
  ): Promise<MethodologyInForce> {
    return this.transactions.run(async () => {
      const before = await this.editable(campaignId);
      const problems = instrumentProblems(items, before.parameters);
      if (problems.length > 0) throw SurveyErrors.invalid(problems);
      await this.methodology.saveCampaignInstrument(campaignId, items, actor.userId);
      await this.auditLog.record(actor, {
        action: 'campaign.instrument-set',
        entityType: 'campaign',
        entityId: campaignId,
        before: { itemsSource: before.itemsSource, items: before.items },
        after: { itemsSource: 'campaign', items },
      });
      return this.inForce(campaignId);
    });
  }

  /** Back to the methodology version's default instrument. */
  async resetCampaignInstrument(campaignId: string, actor: Actor): Promise<MethodologyInForce> {
    return this.transactions.run(async () => {
      const before = await this.editable(campaignId);
      if (await this.methodology.deleteCampaignInstrument(campaignId)) {
        await this.auditLog.record(actor, {
          action: 'campaign.instrument-reset',
          entityType: 'campaign',
          entityId: campaignId,
          before: { itemsSource: before.itemsSource, items: before.items },
          after: { itemsSource: 'methodology-default' },
        });
      }
      return this.inForce(campaignId);
    });
  }

  /** Locks the campaign row (shared) so that the move to survey, which freezes the instrument, waits for us. */
  private async editable(campaignId: string): Promise<MethodologyInForce> {
    const campaign = await this.campaigns.methodologyChoice(campaignId, true);
    const current = await this.resolve(campaign);
    if (current.frozen) throw SurveyErrors.instrumentFrozen(campaign.state);
    return current;
  }

  private async resolve(campaign: CampaignMethodologyChoice): Promise<MethodologyInForce> {
    const [version, own] = await Promise.all([
      this.getVersion(campaign.methodologyVersion),
      this.methodology.findCampaignInstrument(campaign.campaignId),
    ]);
    return {
      campaignId: campaign.campaignId,
      campaignState: campaign.state,
      version: version.version,
      parameters: version.parameters,
      items: own?.items ?? version.items,
      itemsSource: own ? 'campaign' : 'methodology-default',
      frozen: isAtOrAfter(campaign.state, 'survey'),
    };
  }
}
