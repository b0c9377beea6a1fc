import { Injectable } from '@nestjs/common';
import type { CampaignView } from '@app/campaigns';
import { sha256OfCanonicalJson } from '@app/database';
import { Actor } from '@app/common';
import { AuditLogService } from '@app/identity';
import { RankingSnapshot } from '@app/rankings';
import { ReferenceDataService } from '@app/reference-data';
import { AwardErrors } from '../awards.errors';
import { AwardsRepository } from '../awards.repository';
import { CampaignProposals } from '../proposals/campaign-proposals';
import { PublishedName, publishedNames } from '../published-names';
import { certifiedCategories, IndustryNames } from './certificates';
import { methodologyChecksum, Publication, PublishedCategory, publishedRanking } from './publication';
import { decidedWinnerIds, publicationProblems } from './publication-readiness';
import { WinnerNotifications } from './winner-notifications';

/**
 * What the announcement writes: the publication the public reads, the winners' certificates, and the news to
 * the candidates. Runs inside the announcement's transaction, with the campaign locked, so it either publishes
 * everything it checked or nothing.
 */
@Injectable()
export class PublicationService {
  constructor(
    private readonly proposals: CampaignProposals,
    private readonly awards: AwardsRepository,
    private readonly reference: ReferenceDataService,
    private readonly winnerNotifications: WinnerNotifications,
    private readonly auditLog: AuditLogService,
  ) {}

  async publish(view: CampaignView, actor: Actor, how: 'manual' | 'scheduled'): Promise<void> {
    const c = view.campaign;
    const snapshots = await this.proposals.latestSnapshots(c.id);
    const decisions = await this.awards.currentDecisions(c.id);
    const evidence = await this.proposals.evidence(view, snapshots, decidedWinnerIds(decisions));
    const industryNames = await this.reference.industryNames();
    const proposed = this.proposals.proposalsFrom(view, evidence);
    const problems = publicationProblems(proposed, decisions, snapshots, evidence.identities);
    if (problems.length > 0) throw AwardErrors.notReady(problems);

    const names = publishedNames(evidence.identities);
    const announcedAt = new Date().toISOString();
    const { categories, certificates } = certifiedCategories(
      c,
      proposed,
      decisions,
      names,
      industryNames,
      announcedAt,
    );
    const content = publicationOf(view, snapshots, categories, names, industryNames, announcedAt);
    const checksum = sha256OfCanonicalJson(content);
    await this.awards.insertPublication(
      { campaignId: c.id, slug: c.slug, content, checksum },
      actor.userId,
      how,
    );
    await this.awards.insertCertificates(certificates);
    const notified = await this.winnerNotifications.announce(c, certificates);
    await this.auditLog.record(actor, {
      action: 'awards.announced',
      entityType: 'campaign',
      entityId: c.id,
      after: { how, checksum, certificates: certificates.length, notifications: notified },
    });
  }
}

/** The public document: the campaign, its methodology and overrides, industries, winners and rankings. */
function publicationOf(
  view: CampaignView,
  snapshots: RankingSnapshot[],
  categories: PublishedCategory[],
  names: Map<string, PublishedName>,
  industryNames: IndustryNames,
  announcedAt: string,
): Publication {
  const c = view.campaign;
  const ordered = view.industryCodes.flatMap((code) => snapshots.filter((s) => s.industryCode === code));
  const first = ordered[0];
  const version = first?.methodologyVersion ?? c.methodologyVersion;
  const parameters = first?.parameters ?? null;
  return {
    campaign: {
      slug: c.slug,
      name: c.name,
      nameZh: c.nameZh,
      year: c.year,
      descriptionEn: c.descriptionEn,
      descriptionZh: c.descriptionZh,
      announcedAt,
    },
    methodology: {
      version,
      parameters,
      checksum: methodologyChecksum(version, parameters),
      rules: {
        minResponsesRanked: c.minResponsesRanked,
        minResponsesListed: c.minResponsesListed,
        jointWinnersOnTie: c.jointWinnersOnTie,
      },
      overrides: categories
        // Overrides, and decisions taken without a proposal: both rest on the organizers' written word.
        .filter((k) => k.justification !== null)
        .map((k) => ({ category: k.name, justification: k.justification ?? '' })),
    },
    industries: view.industryCodes.map((code) => ({
      code,
      name: industryNames.get(code)?.name ?? code,
      nameZh: industryNames.get(code)?.nameZh ?? code,
    })),
    categories,
    rankings: ordered.map((s) => publishedRanking(s, names)),
  };
}
