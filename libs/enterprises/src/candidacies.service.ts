import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import { CampaignFactsService, CampaignsService } from '@app/campaigns';
import { Actor, DomainError, Localized, Page, PageRequest, pageOffset } from '@app/common';
import { AuditLogService } from '@app/identity';
import { CandidaciesRepository, CandidateMember } from './candidacies.repository';
import { canDecide, canWithdraw, registrationWindowProblem } from './candidacy-rules';
import { Candidacy, CandidacyState } from './candidacy.entity';
import { EnterprisesService } from './enterprises.service';
import { EnterpriseNotices, reasonOf } from './enterprise-notices';

export interface CandidacyFilter {
  categoryId?: string;
  industryCode?: string;
  state?: CandidacyState;
}

export interface IndustryCandidacyCounts {
  industryCode: string;
  total: number;
  byState: Record<CandidacyState, number>;
}

export interface CandidacyListing extends Page<Candidacy & { enterpriseName: string }> {
  countsByIndustry: IndustryCandidacyCounts[];
}

/** What a summary needs of a candidacy: where it stands, without the enterprise's name or its history. */
export type CandidacyFact = Pick<Candidacy, 'id' | 'categoryId' | 'industryCode' | 'state'>;

/** Counts by industry and state, grouped per industry in the order the rows come (industry code). */
function byIndustry(
  rows: { industry_code: string; state: CandidacyState; n: number }[],
): IndustryCandidacyCounts[] {
  const grouped = new Map<string, IndustryCandidacyCounts>();
  for (const row of rows) {
    const entry = grouped.get(row.industry_code) ?? {
      industryCode: row.industry_code,
      total: 0,
      byState: { submitted: 0, approved: 0, rejected: 0, withdrawn: 0 },
    };
    entry.byState[row.state] = row.n;
    entry.total += row.n;
    grouped.set(row.industry_code, entry);
  }
  return [...grouped.values()];
}

const Errors = {
  notFound: (id: string) =>
    new DomainError('not-found', 'CANDIDACY_NOT_FOUND', {
      en: `No candidacy ${id} visible to you`,
      zh: `没有你可见的参评申请 ${id}`,
    }),
  refused: (reason: Localized, field?: string) =>
    new DomainError(
      'conflict',
      'CANDIDACY_REFUSED',
      reason,
      field ? [{ field, message: reason }] : undefined,
    ),
};

function auditSummary(c: Candidacy): Record<string, unknown> {
  return {
    campaignId: c.campaignId,
    categoryId: c.categoryId,
    enterpriseId: c.enterpriseId,
    industryCode: c.industryCode,
    state: c.state,
    reason: c.decisionReason,
  };
}

@Injectable()
export class CandidaciesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly candidacies: CandidaciesRepository,
    private readonly campaigns: CampaignsService,
    private readonly enterprises: EnterprisesService,
    private readonly auditLog: AuditLogService,
    private readonly notices: EnterpriseNotices,
    private readonly campaignFacts: CampaignFactsService,
  ) {}

  /**
   * Enters a verified enterprise in a category while registration is open, if its industry is in scope.
   * A withdrawn candidacy is resubmitted; any other existing one is a 409 (one per enterprise and category).
   */
  async enter(
    campaignId: string,
    categoryId: string,
    enterpriseId: string,
    actor: Actor,
    now = new Date(),
  ): Promise<Candidacy> {
    const view = await this.campaigns.get(campaignId, actor);
    const enterprise = await this.enterprises.get(enterpriseId, actor);
    const category = view.categories.find((k) => k.id === categoryId);
    if (!category)
      throw new DomainError(
        'unprocessable',
        'UNKNOWN_CATEGORY',
        { en: 'No such category in this campaign', zh: '此评选活动中没有这个奖项' },
        [
          {
            field: 'categoryId',
            message: { en: 'is not a category of this campaign', zh: '不是此评选活动的奖项' },
          },
        ],
      );
    const closed = registrationWindowProblem(view.campaign, now);
    if (closed) throw Errors.refused(closed);
    if (enterprise.status !== 'verified')
      throw Errors.refused(
        {
          en: `the enterprise profile is ${enterprise.status}, not verified`,
          zh: `企业档案状态为 ${enterprise.status}，尚未通过审核`,
        },
        'enterpriseId',
      );
    if (!view.industryCodes.includes(enterprise.industryCode)) {
      throw Errors.refused(
        {
          en: `the enterprise's industry (${enterprise.industryCode}) is not in this campaign's scope`,
          zh: `企业所属行业（${enterprise.industryCode}）不在此评选活动的范围内`,
        },
        'enterpriseId',
      );
    }
    return this.transactions.run(async () => {
      const existing = await this.candidacies.findEntryForUpdate(categoryId, enterpriseId);
      if (existing && existing.state !== 'withdrawn')
        throw Errors.refused(
          {
            en: `this enterprise already entered this category (${existing.state})`,
            zh: `该企业已申报此奖项（${existing.state}）`,
          },
          'categoryId',
        );
      const fields = {
        state: 'submitted' as const,
        industryCode: enterprise.industryCode,
        submittedBy: actor.userId as string,
        decisionReason: null,
        decidedBy: null,
        decidedAt: null,
      };
      let candidacy: Candidacy;
      if (existing) {
        candidacy = await this.candidacies.update(existing.id, fields);
      } else {
        const inserted = await this.candidacies.insertIfNew({
          ...fields,
          campaignId,
          categoryId,
          enterpriseId,
        });
        if (!inserted)
          throw Errors.refused(
            { en: 'this enterprise already entered this category', zh: '该企业已申报此奖项' },
            'categoryId',
          );
        candidacy = inserted;
      }
      await this.auditLog.record(actor, {
        action: existing ? 'candidacy.resubmitted' : 'candidacy.submitted',
        entityType: 'candidacy',
        entityId: candidacy.id,
        before: existing ? auditSummary(existing) : null,
        after: auditSummary(candidacy),
      });
      return candidacy;
    });
  }

  async decide(
    id: string,
    decision: 'approved' | 'rejected',
    reason: string | null,
    actor: Actor,
  ): Promise<Candidacy> {
    return this.transactions.run(async () => {
      const decided = await this.change(
        id,
        actor,
        (c) => {
          if (!canDecide(c.state))
            throw Errors.refused({
              en: `only a submitted candidacy can be decided; this one is ${c.state}`,
              zh: `只能对已提交的参评申请作出决定；此申请为 ${c.state}`,
            });
          return { state: decision, decisionReason: reason, decidedBy: actor.userId, decidedAt: new Date() };
        },
        decision === 'approved' ? 'candidacy.approved' : 'candidacy.rejected',
      );
      const category = await this.campaignFacts.category(decided.categoryId);
      await this.notices.toMembers(await this.enterprises.names(decided.enterpriseId), {
        kind: decision === 'approved' ? 'candidacy-approved' : 'candidacy-rejected',
        params: {
          categoryName: category?.name ?? '-',
          ...(category?.nameZh ? { categoryNameZh: category.nameZh } : {}),
          ...(decision === 'rejected' ? { reason: reasonOf(reason) } : {}),
        },
        link: { path: `/campaigns/${decided.campaignId}/candidacies` },
        campaignId: decided.campaignId,
        // A rejected candidacy may be resubmitted and decided again: one notice per decision.
        occasion: `candidacy-decision:${id}:${(decided.decidedAt ?? new Date()).toISOString()}`,
      });
      return decided;
    });
  }

  async withdraw(id: string, actor: Actor, now = new Date()): Promise<Candidacy> {
    const candidacy = await this.get(id, actor);
    const view = await this.campaigns.get(candidacy.campaignId, actor);
    const closed = registrationWindowProblem(view.campaign, now);
    if (closed)
      throw Errors.refused({
        en: `a candidacy can only be withdrawn while registration is open: ${closed.en}`,
        zh: `只能在报名开放期间撤回参评申请：${closed.zh}`,
      });
    return this.change(
      id,
      actor,
      (c) => {
        if (!canWithdraw(c.state))
          throw Errors.refused({
            en: `a ${c.state} candidacy cannot be withdrawn`,
            zh: `状态为 ${c.state} 的参评申请不能撤回`,
          });
        return { state: 'withdrawn' };
      },
      'candidacy.withdrawn',
    );
  }

  async get(id: string, viewer: Actor): Promise<Candidacy> {
    const candidacy = await this.candidacies.findById(id);
    if (!candidacy || !(await this.enterprises.canSee(candidacy.enterpriseId, viewer)))
      throw Errors.notFound(id);
    return candidacy;
  }

  /** Organizers see every candidacy of the campaign; enterprise users only their own enterprises'. */
  async list(
    campaignId: string,
    filter: CandidacyFilter,
    page: PageRequest,
    viewer: Actor,
  ): Promise<CandidacyListing> {
    await this.campaigns.get(campaignId, viewer);
    const where: string[] = ['c.campaign_id = $1'];
    const params: unknown[] = [campaignId];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.categoryId) add('c.category_id = ?', filter.categoryId);
    if (filter.industryCode) add('c.industry_code = ?', filter.industryCode);
    if (filter.state) add('c.state = ?', filter.state);
    if (viewer.role !== 'organizer')
      add(
        'c.enterprise_id IN (SELECT enterprise_id FROM enterprise_members WHERE user_id = ?)',
        viewer.userId,
      );
    const condition = { clause: where.join(' AND '), params };
    const items = await this.candidacies.listPage(condition, page.pageSize, pageOffset(page));
    const counts = await this.candidacies.countsByIndustryAndState(condition);
    const total = counts.reduce((sum, r) => sum + r.n, 0);
    return { items, total, ...page, countsByIndustry: byIndustry(counts) };
  }

  /**
   * A campaign's candidacies counted by industry and state, for a summary the caller has already authorised
   * (the organizer's dashboard): one grouped query, no page of rows.
   */
  async countsOfCampaign(campaignId: string): Promise<IndustryCandidacyCounts[]> {
    return byIndustry(
      await this.candidacies.countsByIndustryAndState({ clause: 'c.campaign_id = $1', params: [campaignId] }),
    );
  }

  /** Every candidacy of a campaign, as facts only, for a summary the caller has already authorised. */
  factsOfCampaign(campaignId: string): Promise<CandidacyFact[]> {
    return this.candidacies.factsOfCampaign(campaignId);
  }

  /** Every member of every enterprise with an approved candidacy in the campaign, with that enterprise. */
  membersOfApprovedCandidates(campaignId: string): Promise<CandidateMember[]> {
    return this.candidacies.membersOfApproved(campaignId);
  }

  private async change(
    id: string,
    actor: Actor,
    decide: (c: Candidacy) => Partial<Candidacy>,
    action: string,
  ): Promise<Candidacy> {
    return this.transactions.run(async () => {
      const before = await this.candidacies.findByIdForUpdate(id);
      if (!before || !(await this.enterprises.canSee(before.enterpriseId, actor))) throw Errors.notFound(id);
      const after = await this.candidacies.update(id, decide(before));
      await this.auditLog.record(actor, {
        action,
        entityType: 'candidacy',
        entityId: id,
        before: auditSummary(before),
        after: auditSummary(after),
      });
      return after;
    });
  }
}
