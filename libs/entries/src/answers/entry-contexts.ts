import { Injectable } from '@nestjs/common';
import { CampaignFactsService, CampaignRegistration } from '@app/campaigns';
import { Actor, Localized } from '@app/common';
import { Candidacy, CandidaciesService } from '@app/enterprises';
import { EntryErrors } from '../entries.errors';
import type { FormDefinition } from '../form-definition';
import { CategoryFormsService, FormInForce } from '../forms/category-forms.service';
import { EntriesRepository, StoredEntry } from './entries.repository';
import { entryLockReason } from './entry-lock';

/** Everything a read or a change of one entry depends on, resolved once per request. */
export interface EntryContext {
  candidacy: Candidacy;
  campaign: CampaignRegistration;
  form: FormInForce;
  entry: StoredEntry | null;
  /** The version the entry is written against: the one it started on, else the form in force. */
  definition: FormDefinition;
  lockedReason: Localized | null;
}

@Injectable()
export class EntryContexts {
  constructor(
    private readonly candidacies: CandidaciesService,
    private readonly campaignFacts: CampaignFactsService,
    private readonly forms: CategoryFormsService,
    private readonly entries: EntriesRepository,
  ) {}

  /**
   * The candidacy as `viewer` may see it (404 otherwise: members of its enterprise and organizers), with its
   * form (404 when the category asks for none) and whether it is locked now.
   */
  async of(candidacyId: string, viewer: Actor, now = new Date()): Promise<EntryContext> {
    const candidacy = await this.candidacies.get(candidacyId, viewer);
    const form = await this.forms.formInForce(candidacy.categoryId);
    if (!form) throw EntryErrors.noFormBound(candidacy.categoryId);
    const campaign = await this.campaignFacts.registration(candidacy.campaignId);
    if (!campaign) throw EntryErrors.noFormBound(candidacy.categoryId);
    const entry = await this.entries.find(candidacyId);
    // An entry starts on the version in force and is never moved: forms freeze before any entry exists.
    const definition =
      entry && (entry.formId !== form.formId || entry.formVersion !== form.version)
        ? await this.forms.definitionOf(entry.formId, entry.formVersion)
        : form.definition;
    const lockedReason = entryLockReason({ candidacyState: candidacy.state, campaign }, now);
    return { candidacy, campaign, form, entry, definition, lockedReason };
  }

  /** The same, refused with 409 when the entry can no longer change. */
  async editable(candidacyId: string, actor: Actor): Promise<EntryContext> {
    const context = await this.of(candidacyId, actor);
    if (context.lockedReason) throw EntryErrors.locked(context.lockedReason);
    return context;
  }
}
