import { Injectable } from '@nestjs/common';
import { ReferenceDataService } from '@app/reference-data';
import { CampaignView } from './campaign-view';
import { CampaignErrors } from './campaigns.errors';
import { CampaignsRepository } from './campaigns.repository';

/** A campaign with its industries (in the reference order) and categories, read in the ambient transaction. */
@Injectable()
export class CampaignViews {
  constructor(
    private readonly reference: ReferenceDataService,
    private readonly campaigns: CampaignsRepository,
  ) {}

  async read(id: string): Promise<CampaignView> {
    const campaign = await this.campaigns.findById(id);
    if (!campaign) throw CampaignErrors.notFound(id);
    const [industryCodes, categories] = await Promise.all([
      this.campaigns.industryCodes(id).then((codes) => this.reference.inIndustryOrder(codes)),
      this.campaigns.categories(id),
    ]);
    return { campaign, industryCodes, categories };
  }

  /** The row locked until the ambient transaction ends, then its view. */
  async locked(id: string): Promise<CampaignView> {
    const campaign = await this.campaigns.findByIdForUpdate(id);
    if (!campaign) throw CampaignErrors.notFound(id);
    return this.read(id);
  }
}
