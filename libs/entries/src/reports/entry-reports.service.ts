import { Injectable } from '@nestjs/common';
import { CampaignsService, CampaignView } from '@app/campaigns';
import { Actor } from '@app/common';
import { Candidacy, CandidaciesService, CandidacyState } from '@app/enterprises';
import { EntriesRepository, StoredEntry } from '../answers/entries.repository';
import { EntryErrors } from '../entries.errors';
import { CategoryFormsService, FormInForce } from '../forms/category-forms.service';
import { visibleAnswers } from '../forms/form-fields';
import { CategoryCompleteness, completeness } from './completeness';

const PAGE = 1000;
/** Candidacies whose entry still matters: a withdrawn or rejected one is out of the running. */
const COUNTED: readonly CandidacyState[] = ['submitted', 'approved'];

export type CandidacyRow = Candidacy & { enterpriseName: string };

export interface CategoryCompletenessReport extends CategoryCompleteness {
  name: string;
  nameZh: string | null;
  formKey: string;
  formVersion: number;
}

/** One candidacy of a category with its entry, as the export writes it. */
export interface EntryExportRow {
  candidacy: CandidacyRow;
  /** Null when nothing was saved; answers are those of visible fields only. */
  entry: Pick<StoredEntry, 'state' | 'submittedAt' | 'answers'> | null;
}

/** What organizers read across a campaign's entries: completeness, and the rows of an export. */
@Injectable()
export class EntryReportsService {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly candidacies: CandidaciesService,
    private readonly forms: CategoryFormsService,
    private readonly entries: EntriesRepository,
  ) {}

  /** Per category with a form, overall and per industry (the campaign's order), of candidacies still in the running. */
  async completeness(campaignId: string, viewer: Actor): Promise<CategoryCompletenessReport[]> {
    return this.completenessOf(await this.campaigns.get(campaignId, viewer));
  }

  /**
   * The same for a campaign the caller has already read (and so may see): what the organizer's dashboard
   * composes. Reads each table once: the forms in force, the entries, and the candidacies as bare facts.
   */
  async completenessOf(view: CampaignView): Promise<CategoryCompletenessReport[]> {
    const forms = await this.forms.formsInForce(view.categories.map((c) => c.id));
    const withForms = view.categories.filter((c) => forms.has(c.id));
    const [stored, candidacies] = await Promise.all([
      this.entries.inCategories(withForms.map((c) => c.id)),
      this.candidacies.factsOfCampaign(view.campaign.id),
    ]);
    const entries = this.byCandidacy(stored);
    const facts = candidacies
      .filter((c) => COUNTED.includes(c.state) && forms.has(c.categoryId))
      .map((c) => ({
        categoryId: c.categoryId,
        industryCode: c.industryCode,
        entry: entries.get(c.id) ?? null,
      }));
    const counted = completeness(
      withForms.map((c) => ({ categoryId: c.id, definition: (forms.get(c.id) as FormInForce).definition })),
      facts,
      view.industryCodes,
    );
    return counted.map((report, i) => {
      const form = forms.get(report.categoryId) as FormInForce;
      return {
        ...report,
        name: withForms[i].name,
        nameZh: withForms[i].nameZh ?? null,
        formKey: form.formKey,
        formVersion: form.version,
      };
    });
  }

  /** Every candidacy of the category (whatever its state) with its visible answers; 404 without a form. */
  async exportRows(
    campaignId: string,
    categoryId: string,
    viewer: Actor,
  ): Promise<{ view: CampaignView; form: FormInForce; rows: EntryExportRow[] }> {
    const view = await this.campaigns.get(campaignId, viewer);
    if (!view.categories.some((c) => c.id === categoryId)) throw EntryErrors.categoryNotFound(categoryId);
    const form = await this.forms.formInForce(categoryId);
    if (!form) throw EntryErrors.exportNeedsForm(categoryId);
    const entries = this.byCandidacy(await this.entries.inCategories([categoryId]));
    const rows = (await this.allCandidacies(campaignId, viewer, categoryId)).map((candidacy) => {
      const entry = entries.get(candidacy.id);
      return {
        candidacy,
        entry: entry
          ? {
              state: entry.state,
              submittedAt: entry.submittedAt,
              answers: visibleAnswers(form.definition, entry.answers),
            }
          : null,
      };
    });
    return { view, form, rows };
  }

  private byCandidacy(entries: StoredEntry[]): Map<string, StoredEntry> {
    return new Map(entries.map((e) => [e.candidacyId, e]));
  }

  /** Read a page at a time through the candidacies' owner. */
  private async allCandidacies(
    campaignId: string,
    viewer: Actor,
    categoryId?: string,
  ): Promise<CandidacyRow[]> {
    const all: CandidacyRow[] = [];
    for (let page = 1; ; page++) {
      const chunk = await this.candidacies.list(campaignId, { categoryId }, { page, pageSize: PAGE }, viewer);
      all.push(...chunk.items);
      if (chunk.items.length < PAGE) return all;
    }
  }
}
