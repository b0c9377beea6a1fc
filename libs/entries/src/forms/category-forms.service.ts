import { Injectable } from '@nestjs/common';
import { CampaignFactsService, CampaignsService, sectionFrozenProblem } from '@app/campaigns';
import { Actor } from '@app/common';
import { Transactions } from '@app/database';
import { AuditLogService } from '@app/identity';
import { EntryErrors } from '../entries.errors';
import type { FormDefinition } from '../form-definition';
import { EntryFormsRepository } from './entry-forms.repository';

/** The entry form a category asks entrants to fill, at the version in force. */
export interface FormInForce {
  categoryId: string;
  formId: string;
  formKey: string;
  name: string;
  nameZh: string;
  version: number;
  definition: FormDefinition;
  /** True once the campaign has left draft: the version no longer follows the form's edits. */
  frozen: boolean;
}

/**
 * Which form each category asks for, and at which version.
 *
 * While the campaign is a draft, the category follows the form: its latest version is in force. Entrants
 * can only enter once registration opens, and what they answer must not change under them, so from then on
 * the version in force is the one that was latest when registration opened. Campaigns knows nothing of
 * entry forms, so there is no hook at the opening: the first time entries resolves the version for a
 * campaign past draft, it takes the latest version written at or before the campaign's
 * `registrationOpenedAt` and records it in `frozen_version`. Versions added after the opening are written
 * later than that moment, so they never enter a frozen category, whenever the first resolution happens.
 */
@Injectable()
export class CategoryFormsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly forms: EntryFormsRepository,
    private readonly campaigns: CampaignsService,
    private readonly campaignFacts: CampaignFactsService,
    private readonly auditLog: AuditLogService,
  ) {}

  /** Binds (or rebinds) a draft campaign's category to a form; 409 once the campaign has left draft. */
  async bind(campaignId: string, categoryId: string, formId: string, actor: Actor): Promise<FormInForce> {
    await this.transactions.run(async () => {
      await this.lockDraftCategory(campaignId, categoryId);
      if (!(await this.forms.find(formId))) throw EntryErrors.unknownForm(formId);
      const before = await this.forms.binding(categoryId);
      await this.forms.bind(categoryId, formId, actor.userId);
      await this.auditLog.record(actor, {
        action: 'category-entry-form.bound',
        entityType: 'award-category',
        entityId: categoryId,
        before: before ? { formId: before.formId } : null,
        after: { campaignId, formId },
      });
    });
    return (await this.formInForce(categoryId)) as FormInForce;
  }

  async unbind(campaignId: string, categoryId: string, actor: Actor): Promise<void> {
    await this.transactions.run(async () => {
      await this.lockDraftCategory(campaignId, categoryId);
      const before = await this.forms.binding(categoryId);
      if (!before || !(await this.forms.unbind(categoryId))) throw EntryErrors.noFormBound(categoryId);
      await this.auditLog.record(actor, {
        action: 'category-entry-form.unbound',
        entityType: 'award-category',
        entityId: categoryId,
        before: { campaignId, formId: before.formId },
        after: null,
      });
    });
  }

  /** The category's form in force, for whoever may see the campaign (enterprises from registration on). */
  async get(campaignId: string, categoryId: string, viewer: Actor): Promise<FormInForce> {
    const view = await this.campaigns.get(campaignId, viewer);
    if (!view.categories.some((c) => c.id === categoryId)) throw EntryErrors.categoryNotFound(categoryId);
    const form = await this.formInForce(categoryId);
    if (!form) throw EntryErrors.noFormBound(categoryId);
    return form;
  }

  /** Null when the category asks for no form. Freezes the version on the first call past draft. */
  async formInForce(categoryId: string): Promise<FormInForce | null> {
    const binding = await this.forms.binding(categoryId);
    if (!binding) return null;
    const category = await this.campaignFacts.category(categoryId);
    const campaign = category ? await this.campaignFacts.registration(category.campaignId) : null;
    const form = await this.forms.find(binding.formId);
    if (!campaign || !form) return null;
    const frozen = campaign.state !== 'draft';
    const version = !frozen
      ? form.latestVersion
      : (binding.frozenVersion ??
        (await this.forms.freeze(
          categoryId,
          await this.forms.versionAt(binding.formId, campaign.registrationOpenedAt ?? new Date()),
        )));
    const stored = await this.forms.findVersion(binding.formId, version);
    if (!stored) return null;
    return {
      categoryId,
      formId: form.id,
      formKey: form.key,
      name: form.name,
      nameZh: form.nameZh,
      version,
      definition: stored.definition,
      frozen,
    };
  }

  /** The forms in force of these categories, by category (those asking for none left out). */
  async formsInForce(categoryIds: string[]): Promise<Map<string, FormInForce>> {
    const bound = await this.forms.bindings(categoryIds);
    const found = await Promise.all(bound.map((b) => this.formInForce(b.categoryId)));
    return new Map(found.filter((f): f is FormInForce => f !== null).map((f) => [f.categoryId, f]));
  }

  /** A stored version of a form (an entry keeps the version it was started on). */
  async definitionOf(formId: string, version: number): Promise<FormDefinition> {
    const stored = await this.forms.findVersion(formId, version);
    if (!stored) throw EntryErrors.formVersionNotFound(formId, version);
    return stored.definition;
  }

  /**
   * Locks the campaign row until the transaction ends, so a binding and the move to registration take turns:
   * a form is never bound after the opening it should have frozen at.
   */
  private async lockDraftCategory(campaignId: string, categoryId: string): Promise<void> {
    const campaign = await this.campaigns.lockForDecision(campaignId);
    const frozen = sectionFrozenProblem(campaign.state, 'categories');
    if (frozen) throw EntryErrors.bindingFrozen(frozen);
    const category = await this.campaignFacts.category(categoryId);
    if (category?.campaignId !== campaignId) throw EntryErrors.categoryNotFound(categoryId);
  }
}
