import { Injectable } from '@nestjs/common';
import type { Actor } from '@app/common';
import { CampaignsService } from '@app/campaigns';
import { EnterprisesService } from '@app/enterprises';
import { AwardErrors } from '../awards.errors';
import { AwardsRepository } from '../awards.repository';

/** One certificate of an enterprise, as its members read it: what it was awarded and where it is shown. */
export interface EnterpriseCertificate {
  code: string;
  categoryId: string;
  category: { name: string; nameZh: string | null };
  industry: { code: string; name: string; nameZh: string | null } | null;
  /** The enterprise as the certificate names it (its verified identity at the announcement). */
  enterpriseName: string;
  jointWinners: boolean;
  issuedAt: string;
  /** The public certificate page (HTML, `?lang=zh` for Chinese) and its JSON verification. */
  pageUrl: string;
  verifyUrl: string;
}

/**
 * An enterprise's own certificates in a campaign. They are issued by the announcement, in its transaction, so
 * before it there are none to list; members see their enterprise's, organizers any, nobody else's.
 */
@Injectable()
export class EnterpriseCertificatesService {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly enterprises: EnterprisesService,
    private readonly awards: AwardsRepository,
  ) {}

  async list(campaignId: string, enterpriseId: string, viewer: Actor): Promise<EnterpriseCertificate[]> {
    await this.campaigns.get(campaignId, viewer); // 404 for a campaign the caller cannot see
    if (!(await this.enterprises.canSee(enterpriseId, viewer)))
      throw AwardErrors.enterpriseNotFound(enterpriseId);
    return (await this.awards.certificatesOf(campaignId, enterpriseId)).map(({ content, ...row }) => ({
      code: row.code,
      categoryId: row.categoryId,
      category: { name: content.category.name, nameZh: content.category.nameZh ?? null },
      industry: content.industry,
      enterpriseName: content.enterprise,
      jointWinners: content.jointWinners,
      issuedAt: row.issuedAt.toISOString(),
      pageUrl: `/certificates/${row.code}`,
      verifyUrl: `/public/certificates/${row.code}`,
    }));
  }
}
