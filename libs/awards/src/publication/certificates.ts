import type { Campaign } from '@app/campaigns';
import type { AwardDecision, CertificateRow } from '../awards.repository';
import type { Proposed } from '../proposals/campaign-proposals';
import type { PublishedName } from '../published-names';
import { PublishedCategory, publishedCategory } from './publication';

export type IndustryNames = Map<string, { name: string; nameZh: string }>;

/**
 * The published winners of every category, in the proposals' order, and one certificate per winner and group:
 * what the certificate page shows, frozen at the announcement like the publication itself.
 */
export function certifiedCategories(
  campaign: Pick<Campaign, 'id' | 'slug' | 'name' | 'nameZh' | 'year'>,
  proposed: Proposed[],
  decisions: AwardDecision[],
  names: Map<string, PublishedName>,
  industryNames: IndustryNames,
  announcedAt: string,
): { categories: PublishedCategory[]; certificates: CertificateRow[] } {
  const certificates: CertificateRow[] = [];
  const categories = proposed.map((p) => {
    const d = decisions.find((x) => x.categoryId === p.category.id) as AwardDecision;
    const built = publishedCategory(p.category, d, names);
    for (const cert of built.certificates) {
      const industry = cert.industryCode ? industryNames.get(cert.industryCode) : undefined;
      certificates.push({
        code: cert.winner.certificateCode,
        campaignId: campaign.id,
        categoryId: p.category.id,
        industryCode: cert.industryCode,
        enterpriseId: cert.enterpriseId,
        content: {
          code: cert.winner.certificateCode,
          campaign: {
            slug: campaign.slug,
            name: campaign.name,
            nameZh: campaign.nameZh,
            year: campaign.year,
          },
          category: { name: p.category.name, nameZh: p.category.nameZh },
          industry: cert.industryCode
            ? {
                code: cert.industryCode,
                name: industry?.name ?? cert.industryCode,
                nameZh: industry?.nameZh ?? null,
              }
            : null,
          enterprise: cert.winner.name,
          enterpriseZh: cert.winner.nameZh ?? null,
          enterpriseRef: cert.winner.ref,
          figures: cert.winner.figures,
          // Joint: several winners of the survey award, none significantly below the leader; the top N of a
          // panel or combined category are several winners, not tied ones.
          jointWinners:
            p.category.kind === 'survey-benchmark' &&
            built.category.groups.find((g) => g.industryCode === cert.industryCode)!.winners.length > 1,
          announcedAt,
        },
      });
    }
    return built.category;
  });
  return { categories, certificates };
}
