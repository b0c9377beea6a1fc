import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Page, PageRequest, pageOffset } from '@app/common';
import { AwardCategory } from './award-category.entity';
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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findById(id: string, manager?: EntityManager): Promise<Campaign | null> {
    return this.m(manager).findOneBy(Campaign, { id });
  }

  findByIdForUpdate(id: string, manager: EntityManager): Promise<Campaign | null> {
    return manager.getRepository(Campaign).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Null when the slug is taken (the unique key decides). */
  async insertIfSlugFree(
    campaign: QueryDeepPartialEntity<Campaign>,
    manager: EntityManager,
  ): Promise<Campaign | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Campaign)
      .values(campaign)
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (result.raw as { id: string }[])[0]?.id;
    return id ? this.findById(id, manager) : null;
  }

  async slugUsedByOther(slug: string, exceptId: string, manager: EntityManager): Promise<boolean> {
    return (
      (await manager
        .getRepository(Campaign)
        .createQueryBuilder('c')
        .where('c.slug = :slug AND c.id <> :exceptId', { slug, exceptId })
        .getCount()) > 0
    );
  }

  async update(
    id: string,
    changes: QueryDeepPartialEntity<Campaign>,
    manager: EntityManager,
  ): Promise<Campaign> {
    if (Object.keys(changes).length > 0) await manager.update(Campaign, { id }, changes);
    return (await this.findById(id, manager)) as Campaign;
  }

  /** Campaigns short of announced with a scheduled transition at or after `since`: what the worker reconciles. */
  withScheduledTransitionsSince(since: Date): Promise<Campaign[]> {
    return this.dataSource
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
    const qb = this.dataSource.getRepository(Campaign).createQueryBuilder('c');
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

  async industryCodes(campaignId: string, manager?: EntityManager): Promise<string[]> {
    const rows: { industry_code: string }[] = await this.m(manager).query(
      `SELECT industry_code FROM campaign_industries WHERE campaign_id = $1`,
      [campaignId],
    );
    return rows.map((r) => r.industry_code);
  }

  async replaceIndustries(campaignId: string, codes: string[], manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM campaign_industries WHERE campaign_id = $1`, [campaignId]);
    if (codes.length > 0) {
      await manager.query(
        `INSERT INTO campaign_industries (campaign_id, industry_code) SELECT $1, unnest($2::varchar[])`,
        [campaignId, codes],
      );
    }
  }

  categories(campaignId: string, manager?: EntityManager): Promise<AwardCategory[]> {
    return this.m(manager).find(AwardCategory, { where: { campaignId }, order: { position: 'ASC' } });
  }

  async replaceCategories(
    campaignId: string,
    categories: Omit<AwardCategory, 'id' | 'campaignId' | 'position' | 'createdAt'>[],
    manager: EntityManager,
  ): Promise<void> {
    await manager.delete(AwardCategory, { campaignId });
    if (categories.length > 0) {
      await manager.insert(
        AwardCategory,
        categories.map((c, position) => ({ ...c, campaignId, position })),
      );
    }
  }

  /** The version itself when it names no methodology version, null when it exists or is not given. */
  async unknownMethodologyVersion(version: string | undefined | null): Promise<string | null> {
    if (version === undefined || version === null) return null;
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM methodology_versions WHERE version = $1`,
      [version],
    );
    return rows.length > 0 ? null : version;
  }
}
