import { Injectable } from '@nestjs/common';
import { LocalizedFieldProblem } from '@app/common';
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
    const problems: LocalizedFieldProblem[] = [];
    if (input.timeZone !== undefined && !isTimeZone(input.timeZone))
      problems.push({
        field: 'timeZone',
        message: {
          en: `unknown IANA time zone ${input.timeZone}`,
          zh: `未知的 IANA 时区 ${input.timeZone}`,
        },
      });
    if (input.industryCodes) {
      for (const code of await this.reference.unknownCodes('industries', input.industryCodes))
        problems.push({
          field: 'industryCodes',
          message: { en: `unknown industry ${code}`, zh: `未知的行业 ${code}` },
        });
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
        message: {
          en: `unknown methodology version ${unknownVersion}`,
          zh: `未知的方法论版本 ${unknownVersion}`,
        },
      });
    }
    if (
      rules?.minResponsesRanked !== undefined &&
      rules.minResponsesListed !== undefined &&
      rules.minResponsesRanked < rules.minResponsesListed
    ) {
      problems.push({
        field: 'rules.minResponsesRanked',
        message: {
          en: 'minResponsesRanked must be at least minResponsesListed',
          zh: 'minResponsesRanked 不能小于 minResponsesListed',
        },
      });
    }
    (categories ?? []).forEach((k, i) => {
      if (k.kind === 'combined' && (k.surveyWeight ?? 0) + (k.panelWeight ?? 0) !== 100) {
        problems.push({
          field: `categories.${i}.surveyWeight`,
          message: {
            en: 'surveyWeight and panelWeight of a combined category must sum to 100',
            zh: '综合类奖项的 surveyWeight 与 panelWeight 之和必须为 100',
          },
        });
      }
      if (k.kind !== 'combined' && (k.surveyWeight != null || k.panelWeight != null)) {
        problems.push({
          field: `categories.${i}.kind`,
          message: {
            en: 'only combined categories carry survey and panel weights',
            zh: '只有综合类奖项才有调查和评审权重',
          },
        });
      }
    });
    const names = (categories ?? []).map((k) => k.name.trim().toLowerCase());
    if (new Set(names).size !== names.length)
      problems.push({
        field: 'categories',
        message: {
          en: 'category names must be unique within a campaign',
          zh: '同一评选活动中奖项名称不能重复',
        },
      });
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
