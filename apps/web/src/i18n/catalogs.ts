import { COMMON } from './common';
import { JUDGE } from '../judge/judge-text';
import { ENTERPRISE } from '../enterprise/enterprise-text';
import { ORGANIZER } from '../organizer/organizer-text';
import { ORGANIZER_JUDGING } from '../organizer/judging/judging-text';
import { RUBRIC_SHEET } from '../ui/rubric-sheet/rubric-sheet-text';

/**
 * One catalog per workspace, each with the same keys in English and Chinese (a unit test compares them).
 * Pages use `useTranslation('judge')` and so on; `common` is the default namespace.
 */
export const CATALOGS = {
  common: COMMON,
  judge: JUDGE,
  enterprise: ENTERPRISE,
  organizer: ORGANIZER,
  organizerJudging: ORGANIZER_JUDGING,
  rubricSheet: RUBRIC_SHEET,
};

export interface Catalog {
  en: Record<string, unknown>;
  zh: Record<string, unknown>;
}
