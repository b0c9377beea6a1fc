import { Injectable } from '@nestjs/common';
import { FieldProblem } from '@app/common';
import { ReferenceDataService } from '@app/reference-data';
import { CampaignSchedule, scheduleProblems } from './campaign-schedule';
import { CampaignInput, CategoryInput } from './campaign-view';
import { CampaignErrors } from './campaigns.errors';
import { MethodologyVersions } from './methodology-versions';

/** Rules that need the database or span fields: unknown industries, schedule order, minimums, weights. */
@Injectable()
export class CampaignValidation {
  constructor(
    private readonly reference: ReferenceDataService,
    private readonly methodologies: MethodologyVersions,
  ) {}

  async check(input: Partial<CampaignInput>, categories: CategoryInput[] | null): Promise<void> {
    const problems: FieldProblem[] = [];
    if (input.timeZone !== undefined && !isTimeZone(input.timeZone))
      problems.push({ field: 'timeZone', message: `unknown IANA time zone ${input.timeZone}` });
    if (input.industryCodes) {
      for (const code of await this.reference.unknownCodes('industries', input.industryCodes))
        problems.push({ field: 'industryCodes', message: `unknown industry ${code}` });
    }
    if (input.schedule)
      problems.push(
        ...scheduleProblems(input.schedule as CampaignSchedule).map((p) => ({
          ...p,
          field: `schedule.${p.field}`,
        })),
      );
    const rules = input.rules;
    const unknownVersion = await this.methodologies.unknown(rules?.methodologyVersion);
    if (unknownVersion !== null) {
      problems.push({
        field: 'rules.methodologyVersion',
        message: `unknown methodology version ${unknownVersion}`,
      });
    }
    if (
      rules?.minResponsesRanked !== undefined &&
      rules.minResponsesListed !== undefined &&
      rules.minResponsesRanked < rules.minResponsesListed
    ) {
      problems.push({
        field: 'rules.minResponsesRanked',
        message: 'minResponsesRanked must be at least minResponsesListed',
      });
    }
    (categories ?? []).forEach((k, i) => {
      if (k.kind === 'combined' && (k.surveyWeight ?? 0) + (k.panelWeight ?? 0) !== 100) {
        problems.push({
          field: `categories.${i}.surveyWeight`,
          message: 'surveyWeight and panelWeight of a combined category must sum to 100',
        });
      }
      if (k.kind !== 'combined' && (k.surveyWeight != null || k.panelWeight != null)) {
        problems.push({
          field: `categories.${i}.kind`,
          message: 'only combined categories carry survey and panel weights',
        });
      }
    });
    const names = (categories ?? []).map((k) => k.name.trim().toLowerCase());
    if (new Set(names).size !== names.length)
      problems.push({ field: 'categories', message: 'category names must be unique within a campaign' });
    if (problems.length > 0) throw CampaignErrors.invalid(problems);
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
