import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Transactions } from '@app/database';
import { Actor } from '@app/common';
import { CampaignErrors, CampaignState, isAtOrAfter } from '@app/campaigns';
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

interface CampaignFacts {
  id: string;
  state: CampaignState;
  methodology_version: string;
}

@Injectable()
export class MethodologyService {
  constructor(
    private readonly transactions: Transactions,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly methodology: MethodologyRepository,
    private readonly auditLog: AuditLogService,
  ) {}

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
      const manager = this.transactions.manager;
      if (!(await this.methodology.insertVersion(v, actor.userId, manager)))
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

  /** Throws not-found for an unknown campaign: callers check visibility before. */
  async inForce(campaignId: string, manager?: EntityManager): Promise<MethodologyInForce> {
    const campaign = await this.campaignFacts(campaignId, manager, false);
    return this.resolve(campaign, manager);
  }

  async setCampaignInstrument(
    campaignId: string,
    items: InstrumentItem[],
    actor: Actor,
  ): Promise<MethodologyInForce> {
    return this.transactions.run(async () => {
      const manager = this.transactions.manager;
      const before = await this.editable(campaignId, manager);
      const problems = instrumentProblems(items, before.parameters);
      if (problems.length > 0) throw SurveyErrors.invalid(problems);
      await this.methodology.saveCampaignInstrument(campaignId, items, actor.userId, manager);
      await this.auditLog.record(actor, {
        action: 'campaign.instrument-set',
        entityType: 'campaign',
        entityId: campaignId,
        before: { itemsSource: before.itemsSource, items: before.items },
        after: { itemsSource: 'campaign', items },
      });
      return this.inForce(campaignId, manager);
    });
  }

  /** Back to the methodology version's default instrument. */
  async resetCampaignInstrument(campaignId: string, actor: Actor): Promise<MethodologyInForce> {
    return this.transactions.run(async () => {
      const manager = this.transactions.manager;
      const before = await this.editable(campaignId, manager);
      if (await this.methodology.deleteCampaignInstrument(campaignId, manager)) {
        await this.auditLog.record(actor, {
          action: 'campaign.instrument-reset',
          entityType: 'campaign',
          entityId: campaignId,
          before: { itemsSource: before.itemsSource, items: before.items },
          after: { itemsSource: 'methodology-default' },
        });
      }
      return this.inForce(campaignId, manager);
    });
  }

  /** Locks the campaign row (shared) so that the move to survey, which freezes the instrument, waits for us. */
  private async editable(campaignId: string, manager: EntityManager): Promise<MethodologyInForce> {
    const campaign = await this.campaignFacts(campaignId, manager, true);
    const current = await this.resolve(campaign, manager);
    if (current.frozen) throw SurveyErrors.instrumentFrozen(campaign.state);
    return current;
  }

  private async campaignFacts(
    id: string,
    manager: EntityManager | undefined,
    lock: boolean,
  ): Promise<CampaignFacts> {
    const rows: CampaignFacts[] = await (manager ?? this.dataSource).query(
      `SELECT id, state, methodology_version FROM campaigns WHERE id = $1 ${lock ? 'FOR SHARE' : ''}`,
      [id],
    );
    if (!rows[0]) throw CampaignErrors.notFound(id);
    return rows[0];
  }

  private async resolve(campaign: CampaignFacts, manager?: EntityManager): Promise<MethodologyInForce> {
    const version = await this.getVersion(campaign.methodology_version);
    const own = await this.methodology.findCampaignInstrument(campaign.id, manager);
    return {
      campaignId: campaign.id,
      campaignState: campaign.state,
      version: version.version,
      parameters: version.parameters,
      items: own?.items ?? version.items,
      itemsSource: own ? 'campaign' : 'methodology-default',
      frozen: isAtOrAfter(campaign.state, 'survey'),
    };
  }
}
