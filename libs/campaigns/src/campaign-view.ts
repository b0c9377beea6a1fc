import type { Language } from '@app/common';
import { AwardCategory, CategoryKind } from './award-category.entity';
import { Campaign } from './campaign.entity';
import { CampaignSchedule, SCHEDULE_FIELDS } from './campaign-schedule';

export interface CategoryInput {
  name: string;
  nameZh?: string | null;
  kind: CategoryKind;
  perIndustry: boolean;
  maxWinners: number;
  surveyWeight?: number | null;
  panelWeight?: number | null;
  minPanelBand?: string | null;
}

export interface RulesInput {
  minResponsesRanked?: number;
  minResponsesListed?: number;
  methodologyVersion?: string;
  jointWinnersOnTie?: boolean;
}

export interface CampaignInput {
  slug: string;
  name: string;
  nameZh?: string | null;
  year: number;
  descriptionEn?: string;
  descriptionZh?: string;
  timeZone: string;
  /** zh unless given. */
  language?: Language;
  industryCodes: string[];
  categories: CategoryInput[];
  schedule?: Partial<CampaignSchedule>;
  rules?: RulesInput;
  /** Judges must sign in with a second factor; false unless set. */
  judgesRequireTwoFactor?: boolean;
}

export type CampaignChanges = Partial<Omit<CampaignInput, 'categories'>>;

export interface CampaignView {
  campaign: Campaign;
  industryCodes: string[];
  categories: AwardCategory[];
}

/** What the rankings of a campaign are built with, beyond the methodology. */
export interface RankingRules {
  minResponsesRanked: number;
  minResponsesListed: number;
  jointWinnersOnTie: boolean;
}

/** When a campaign takes survey responses; null ends are open. */
export interface SurveyWindow {
  opensAt: Date | null;
  closesAt: Date | null;
}

/** Which methodology a campaign's responses are scored with, and the state that decides whether it is frozen. */
export interface CampaignMethodologyChoice {
  campaignId: string;
  state: Campaign['state'];
  methodologyVersion: string;
}

export function scheduleOf(c: Pick<Campaign, (typeof SCHEDULE_FIELDS)[number]>): CampaignSchedule {
  return Object.fromEntries(SCHEDULE_FIELDS.map((f) => [f, c[f] ?? null])) as CampaignSchedule;
}

export function rulesOf(c: Campaign): Required<RulesInput> {
  return {
    minResponsesRanked: c.minResponsesRanked,
    minResponsesListed: c.minResponsesListed,
    methodologyVersion: c.methodologyVersion,
    jointWinnersOnTie: c.jointWinnersOnTie,
  };
}

export function auditSummary(v: CampaignView): Record<string, unknown> {
  const { campaign: c } = v;
  return {
    slug: c.slug,
    name: c.name,
    year: c.year,
    state: c.state,
    timeZone: c.timeZone,
    language: c.language,
    industries: v.industryCodes,
    categories: v.categories.map((k) => ({
      name: k.name,
      kind: k.kind,
      perIndustry: k.perIndustry,
      maxWinners: k.maxWinners,
    })),
    schedule: scheduleOf(c),
    judgesRequireTwoFactor: c.judgesRequireTwoFactor,
    rules: {
      minResponsesRanked: c.minResponsesRanked,
      minResponsesListed: c.minResponsesListed,
      methodologyVersion: c.methodologyVersion,
      jointWinnersOnTie: c.jointWinnersOnTie,
    },
  };
}

export function categoryRow(k: CategoryInput) {
  return {
    name: k.name.trim(),
    nameZh: k.nameZh ?? null,
    kind: k.kind,
    perIndustry: k.perIndustry,
    maxWinners: k.maxWinners,
    surveyWeight: k.kind === 'combined' ? (k.surveyWeight ?? null) : null,
    panelWeight: k.kind === 'combined' ? (k.panelWeight ?? null) : null,
    minPanelBand: k.minPanelBand ?? null,
  };
}

export function pick<T extends object, K extends keyof T>(object: T, keys: K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(
    keys.filter((k) => object[k] !== undefined).map((k) => [k, object[k]]),
  ) as Partial<Pick<T, K>>;
}
