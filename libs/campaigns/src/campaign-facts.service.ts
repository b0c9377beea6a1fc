import type { Language } from '@app/common';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Transactions } from '@app/database';
import { AwardCategory, CategoryKind } from './award-category.entity';
import { Campaign } from './campaign.entity';
import type { CampaignState } from './campaign-lifecycle';

/** What other libs' rules depend on about a campaign: its year (affiliations are dated) and its state. */
export interface CampaignYearAndState {
  id: string;
  year: number;
  state: CampaignState;
}

/** An award category as other libs need it: which campaign it belongs to and how it is decided. */
export interface CategoryFacts {
  id: string;
  campaignId: string;
  kind: CategoryKind;
  perIndustry: boolean;
  name: string;
  nameZh: string | null;
}

/** A campaign's registration: its state, its window, and when it actually opened (null while draft). */
export interface CampaignRegistration {
  id: string;
  state: CampaignState;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  registrationOpenedAt: Date | null;
}

/** What a message about a campaign needs: its name, and the language of people who have not chosen one. */
export interface CampaignMessaging {
  id: string;
  name: string;
  language: Language;
}

/** Narrow reads of campaigns and categories, in the caller's ambient transaction. */
@Injectable()
export class CampaignFactsService {
  constructor(private readonly transactions: Transactions) {}

  async yearAndState(campaignId: string): Promise<CampaignYearAndState | null> {
    const campaign = await this.transactions.manager.findOne(Campaign, {
      select: { id: true, year: true, state: true },
      where: { id: campaignId },
    });
    return campaign ? { id: campaign.id, year: campaign.year, state: campaign.state } : null;
  }

  async registration(campaignId: string): Promise<CampaignRegistration | null> {
    const c = await this.transactions.manager.findOne(Campaign, {
      select: {
        id: true,
        state: true,
        registrationOpensAt: true,
        registrationClosesAt: true,
        registrationOpenedAt: true,
      },
      where: { id: campaignId },
    });
    return c
      ? {
          id: c.id,
          state: c.state,
          registrationOpensAt: c.registrationOpensAt,
          registrationClosesAt: c.registrationClosesAt,
          registrationOpenedAt: c.registrationOpenedAt,
        }
      : null;
  }

  /** Of these campaigns, those whose judges must sign in with a second factor, by name. */
  async requiringJudgeSecondFactor(campaignIds: string[]): Promise<{ id: string; name: string }[]> {
    if (campaignIds.length === 0) return [];
    const campaigns = await this.transactions.manager.find(Campaign, {
      select: { id: true, name: true },
      where: { id: In(campaignIds), judgesRequireTwoFactor: true },
      order: { name: 'ASC' },
    });
    return campaigns.map((c) => ({ id: c.id, name: c.name }));
  }

  async messaging(campaignId: string): Promise<CampaignMessaging | null> {
    const campaign = await this.transactions.manager.findOne(Campaign, {
      select: { id: true, name: true, language: true },
      where: { id: campaignId },
    });
    return campaign ? { id: campaign.id, name: campaign.name, language: campaign.language } : null;
  }

  async category(categoryId: string): Promise<CategoryFacts | null> {
    const c = await this.transactions.manager.findOneBy(AwardCategory, { id: categoryId });
    return c
      ? {
          id: c.id,
          campaignId: c.campaignId,
          kind: c.kind,
          perIndustry: c.perIndustry,
          name: c.name,
          nameZh: c.nameZh,
        }
      : null;
  }
}
