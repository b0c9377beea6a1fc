import { Injectable } from '@nestjs/common';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Page, PageRequest, pageOffset } from '@app/common';
import { Transactions } from '@app/database';
import { AwardCategory, CategoryKind } from './award-category.entity';
import { Campaign } from './campaign.entity';
import { CAMPAIGN_STATES, CampaignState } from './campaign-lifecycle';

export interface CampaignListFilter {
  year?: number;
  state?: CampaignState;
  /** Only campaigns in this state or a later one (what non-organizers may see). */
  fromState?: CampaignState;
}

@Injectable()
export class CampaignsRepository {
  constructor(private readonly transactions: Transactions) {}

  private get manager() {
    return this.transactions.manager;
  }

  findById(id: string): Promise<Campaign | null> {
    return this.manager.findOneBy(Campaign, { id });
  }

  /** The campaign's state alone, or null when there is no such campaign. */
  async stateOf(id: string): Promise<CampaignState | null> {
    const rows: { state: CampaignState }[] = await this.manager.query(
      `SELECT state FROM campaigns WHERE id = $1`,
      [id],
    );
    return rows[0]?.state ?? null;
  }

  /** Holds the row until the ambient transaction ends. */
  findByIdForUpdate(id: string): Promise<Campaign | null> {
    return this.manager
      .getRepository(Campaign)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Null when the slug is taken (the unique key decides). */
  async insertIfSlugFree(campaign: QueryDeepPartialEntity<Campaign>): Promise<Campaign | null> {
    const result = await this.manager
      .createQueryBuilder()
      .insert()
      .into(Campaign)
      .values(campaign)
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (result.raw as { id: string }[])[0]?.id;
    return id ? this.findById(id) : null;
  }

  async slugUsedByOther(slug: string, exceptId: string): Promise<boolean> {
    return (
      (await this.manager
        .getRepository(Campaign)
        .createQueryBuilder('c')
        .where('c.slug = :slug AND c.id <> :exceptId', { slug, exceptId })
        .getCount()) > 0
    );
  }

  async update(id: string, changes: QueryDeepPartialEntity<Campaign>): Promise<Campaign> {
    if (Object.keys(changes).length > 0) await this.manager.update(Campaign, { id }, changes);
    return (await this.findById(id)) as Campaign;
  }

  /** Campaigns short of announced with a scheduled transition at or after `since`: what the worker reconciles. */
  withScheduledTransitionsSince(since: Date): Promise<Campaign[]> {
    return this.manager
      .getRepository(Campaign)
      .createQueryBuilder('c')
      .where(`c.state NOT IN ('announced', 'archived')`)
      .andWhere(
        `(c.registration_opens_at >= :since OR c.survey_opens_at >= :since OR c.judging_starts_at >= :since
          OR c.judging_ends_at >= :since OR c.announcement_at >= :since)`,
        { since },
      )
      .getMany();
  }

  async list(filter: CampaignListFilter, page: PageRequest): Promise<Page<Campaign>> {
    const qb = this.manager.getRepository(Campaign).createQueryBuilder('c');
    if (filter.year) qb.andWhere('c.year = :year', { year: filter.year });
    if (filter.state) qb.andWhere('c.state = :state', { state: filter.state });
    if (filter.fromState) {
      const visible = CAMPAIGN_STATES.slice(CAMPAIGN_STATES.indexOf(filter.fromState));
      qb.andWhere('c.state IN (:...visible)', { visible });
    }
    const [items, total] = await qb
      .orderBy('c.year', 'DESC')
      .addOrderBy('c.createdAt', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .skip(pageOffset(page))
      .take(page.pageSize)
      .getManyAndCount();
    return { items, total, ...page };
  }

  /**
   * State and methodology version of a campaign, the row share-locked until the ambient transaction ends when
   * `lock` is set (the move to survey, which freezes the instrument, then waits for the caller).
   */
  async methodologyChoice(
    id: string,
    lock: boolean,
  ): Promise<{ id: string; state: CampaignState; methodology_version: string } | null> {
    const rows: { id: string; state: CampaignState; methodology_version: string }[] =
      await this.manager.query(
        `SELECT id, state, methodology_version FROM campaigns WHERE id = $1 ${lock ? 'FOR SHARE' : ''}`,
        [id],
      );
    return rows[0] ?? null;
  }

  async industryCodes(campaignId: string): Promise<string[]> {
    const rows: { industry_code: string }[] = await this.manager.query(
      `SELECT industry_code FROM campaign_industries WHERE campaign_id = $1`,
      [campaignId],
    );
    return rows.map((r) => r.industry_code);
  }

  async replaceIndustries(campaignId: string, codes: string[]): Promise<void> {
    await this.manager.query(`DELETE FROM campaign_industries WHERE campaign_id = $1`, [campaignId]);
    if (codes.length > 0) {
      await this.manager.query(
        `INSERT INTO campaign_industries (campaign_id, industry_code) SELECT $1, unnest($2::varchar[])`,
        [campaignId, codes],
      );
    }
  }

  categories(campaignId: string): Promise<AwardCategory[]> {
    return this.manager.find(AwardCategory, { where: { campaignId }, order: { position: 'ASC' } });
  }

  async categoryIdsOfKinds(campaignId: string, kinds: readonly CategoryKind[]): Promise<string[]> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT id FROM award_categories WHERE campaign_id = $1 AND kind = ANY($2) ORDER BY position`,
      [campaignId, kinds],
    );
    return rows.map((r) => r.id);
  }

  async replaceCategories(
    campaignId: string,
    categories: Omit<AwardCategory, 'id' | 'campaignId' | 'position' | 'createdAt'>[],
  ): Promise<void> {
    await this.manager.delete(AwardCategory, { campaignId });
    if (categories.length > 0) {
      await this.manager.insert(
        AwardCategory,
        categories.map((c, position) => ({ ...c, campaignId, position })),
      );
    }
  }
}
