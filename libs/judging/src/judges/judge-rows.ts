import {
  ImportColumn,
  isLanguage,
  Language,
  lineProblem,
  listCell,
  Localized,
  LocalizedFieldProblem,
  RowCells,
} from '@app/common';
import type { Affiliation } from './conflict-detection';

/**
 * The columns of a judges file. `expertiseIndustries` lists industry codes separated by `;`; `affiliations` lists
 * ties separated by `;`, each `organisation (employer|client fromYear-toYear[, credit code])`, `toYear` left
 * out while the tie lasts: `Shenzhen Example Telecom Co., Ltd. (employer 2016-2021); 示例银行 (client 2023-)`.
 */
export const JUDGE_COLUMNS = [
  { name: 'displayName', required: true },
  { name: 'email', required: true },
  { name: 'language', required: false },
  { name: 'title', required: false },
  { name: 'expertiseIndustries', required: false },
  { name: 'affiliations', required: false },
] as const satisfies readonly ImportColumn[];

export type JudgeColumn = (typeof JUDGE_COLUMNS)[number]['name'];

export const JUDGE_EXAMPLE: RowCells<JudgeColumn> = {
  displayName: '李华',
  email: 'li.hua@example.org',
  language: 'zh',
  title: 'Customer-care assessor',
  expertiseIndustries: 'telecom; finance',
  affiliations:
    'Shenzhen Example Telecom Co., Ltd. (employer 2016-2021, 91440300708461136T); 示例银行 (client 2023-)',
};

export interface JudgeRow {
  line: number;
  displayName: string;
  email: string;
  language: Language | null;
  title: string | null;
  expertiseIndustries: string[];
  affiliations: Affiliation[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const AFFILIATION =
  /^(?<organisation>.+?)\s*[(（]\s*(?<relation>employer|client)\s+(?<from>\d{4})\s*-\s*(?<to>\d{4})?\s*(?:[,，]\s*(?<code>[0-9A-Za-z]{18}))?\s*[)）]$/;

/** One affiliation as written, or null when it does not follow the pattern. */
export function readAffiliation(text: string): Affiliation | null {
  const m = AFFILIATION.exec(text.trim())?.groups;
  if (!m) return null;
  return {
    organisation: m.organisation.trim(),
    creditCode: m.code ? m.code.toUpperCase() : null,
    relation: m.relation as Affiliation['relation'],
    fromYear: Number(m.from),
    toYear: m.to ? Number(m.to) : null,
  };
}

/** Writes an affiliation the way `readAffiliation` reads it. */
export function writeAffiliation(a: Affiliation): string {
  return `${a.organisation} (${a.relation} ${a.fromYear}-${a.toYear ?? ''}${a.creditCode ? `, ${a.creditCode}` : ''})`;
}

/** Reads one row with every problem it has; the row comes back as read either way. */
export function readJudgeRow(
  line: number,
  cells: RowCells<JudgeColumn>,
  now = new Date(),
): { row: JudgeRow; problems: LocalizedFieldProblem[] } {
  const problems: LocalizedFieldProblem[] = [];
  const problem = (column: JudgeColumn, message: Localized) =>
    problems.push(lineProblem(line, column, message));
  if (cells.displayName === '') problem('displayName', { en: 'is required', zh: '必填' });
  else if (cells.displayName.length > 200)
    problem('displayName', { en: 'must be at most 200 characters', zh: '最多 200 个字符' });
  const email = cells.email.toLowerCase();
  if (email === '') problem('email', { en: 'is required', zh: '必填' });
  else if (!EMAIL.test(email) || email.length > 254)
    problem('email', { en: 'must be an email address', zh: '必须为电子邮件地址' });
  const language = cells.language.toLowerCase();
  if (language !== '' && !isLanguage(language))
    problem('language', { en: 'must be zh or en', zh: '必须为 zh 或 en' });
  if (cells.title.length > 300)
    problem('title', { en: 'must be at most 300 characters', zh: '最多 300 个字符' });
  const affiliations: Affiliation[] = [];
  for (const written of listCell(cells.affiliations)) {
    const a = readAffiliation(written);
    if (a && a.toYear !== null && a.toYear < a.fromYear)
      problem('affiliations', {
        en: `${a.organisation}: the tie ends (${a.toYear}) before it starts (${a.fromYear})`,
        zh: `${a.organisation}：结束年份（${a.toYear}）早于起始年份（${a.fromYear}）`,
      });
    else if (a && a.fromYear > now.getUTCFullYear() + 1)
      problem('affiliations', {
        en: `${a.organisation}: the tie starts in the future (${a.fromYear})`,
        zh: `${a.organisation}：起始年份（${a.fromYear}）在未来`,
      });
    else if (a) affiliations.push(a);
    else
      problem('affiliations', {
        en: `"${written}" is not "organisation (employer|client fromYear-toYear[, credit code])"`,
        zh: `“${written}”不符合“机构名称 (employer|client 起始年-结束年[, 信用代码])”的格式`,
      });
  }
  return {
    row: {
      line,
      displayName: cells.displayName,
      email,
      language: isLanguage(language) ? language : null,
      title: cells.title === '' ? null : cells.title,
      expertiseIndustries: [...new Set(listCell(cells.expertiseIndustries))],
      affiliations,
    },
    problems,
  };
}
