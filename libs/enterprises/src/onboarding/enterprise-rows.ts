import {
  duplicatesInFile,
  ImportColumn,
  isLanguage,
  Language,
  lineProblem,
  listCell,
  Localized,
  LocalizedFieldProblem,
  RowCells,
} from '@app/common';
import { CREDIT_CODE_MESSAGES, creditCodeProblem } from '../credit-code';

/**
 * The columns of an enterprise file, in the order templates and exports write them. The profile fields are the
 * registration's; `contactLanguage` is the language the contact's invitation is written in; `categories` lists
 * the campaign's categories the enterprise enters (names or ids, separated by `;`), read only with a campaign.
 */
export const ENTERPRISE_COLUMNS = [
  { name: 'legalNameZh', required: false },
  { name: 'legalName', required: true },
  { name: 'creditCode', required: true },
  { name: 'industryCode', required: true },
  { name: 'organizationType', required: true },
  { name: 'businessTypes', required: true },
  { name: 'region', required: true },
  { name: 'seats', required: true },
  { name: 'annualRevenue', required: false },
  { name: 'contactName', required: true },
  { name: 'contactEmail', required: true },
  { name: 'contactPhone', required: false },
  { name: 'contactLanguage', required: false },
  { name: 'categories', required: false },
] as const satisfies readonly ImportColumn[];

export type EnterpriseColumn = (typeof ENTERPRISE_COLUMNS)[number]['name'];

/** One example line, for the template a person fills in. */
export const ENTERPRISE_EXAMPLE: RowCells<EnterpriseColumn> = {
  legalNameZh: '深圳示例电信有限公司',
  legalName: 'Shenzhen Example Telecom Co., Ltd.',
  creditCode: '91440300708461136T',
  industryCode: 'telecom',
  organizationType: 'in-house',
  businessTypes: 'customer-service; technical-support',
  region: 'Guangdong, Shenzhen',
  seats: '420',
  annualRevenue: '1250000000.00',
  contactName: '张敏',
  contactEmail: 'zhang.min@example.cn',
  contactPhone: '+86 755 1234 5678',
  contactLanguage: 'zh',
  categories: 'Customer Care Benchmark Enterprise',
};

/** A row that reads well on its own; the import still checks codes and duplicates against the database. */
export interface EnterpriseRow {
  line: number;
  legalName: string;
  legalNameZh: string | null;
  creditCode: string;
  industryCode: string;
  organizationType: string;
  businessTypes: string[];
  region: string;
  seats: number;
  annualRevenue: string | null;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  contactLanguage: Language | null;
  /** Category names or ids as written; resolved against the campaign by the import. */
  categories: string[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{5,40}$/;
const REVENUE = /^\d{1,18}(\.\d{1,2})?$/;
const INTEGER = /^\d{1,7}$/;

const CREDIT_CODE_ZH: Record<keyof typeof CREDIT_CODE_MESSAGES, string> = {
  length: '统一社会信用代码必须为 18 位',
  characters: '统一社会信用代码只能包含数字和除 I、O、S、V、Z 以外的大写字母',
  division: '统一社会信用代码第 3 至 8 位必须为数字（行政区划代码）',
  check: '统一社会信用代码校验位（第 18 位）与前 17 位不符',
};

/**
 * Reads one row's cells with every problem of the row, not only the first. The row comes back even with
 * problems, as read, so the checks against the reference data and the database still run on its other fields.
 */
export function readEnterpriseRow(
  line: number,
  cells: RowCells<EnterpriseColumn>,
): { row: EnterpriseRow; problems: LocalizedFieldProblem[] } {
  const problems: LocalizedFieldProblem[] = [];
  const problem = (column: EnterpriseColumn, message: Localized) =>
    problems.push(lineProblem(line, column, message));
  const required = (column: EnterpriseColumn, max: number) => {
    const value = cells[column];
    if (value === '') problem(column, { en: 'is required', zh: '必填' });
    else if (value.length > max)
      problem(column, { en: `must be at most ${max} characters`, zh: `最多 ${max} 个字符` });
    return value;
  };
  const legalName = required('legalName', 300);
  const legalNameZh = cells.legalNameZh === '' ? null : cells.legalNameZh;
  if (legalNameZh && legalNameZh.length > 300)
    problem('legalNameZh', { en: 'must be at most 300 characters', zh: '最多 300 个字符' });
  const creditCode = cells.creditCode.toUpperCase();
  const codeProblem = creditCodeProblem(creditCode);
  if (creditCode === '') problem('creditCode', { en: 'is required', zh: '必填' });
  else if (codeProblem)
    problem('creditCode', { en: CREDIT_CODE_MESSAGES[codeProblem], zh: CREDIT_CODE_ZH[codeProblem] });
  const industryCode = required('industryCode', 40);
  const organizationType = required('organizationType', 40);
  const businessTypes = [...new Set(listCell(cells.businessTypes))];
  if (businessTypes.length === 0) problem('businessTypes', { en: 'is required', zh: '必填' });
  else if (businessTypes.length > 7)
    problem('businessTypes', { en: 'at most 7 business types', zh: '最多 7 种业务类型' });
  const region = required('region', 200);
  const seats = Number(cells.seats);
  if (!INTEGER.test(cells.seats) || seats < 1 || seats > 1_000_000)
    problem('seats', { en: 'must be a whole number from 1 to 1000000', zh: '必须为 1 至 1000000 的整数' });
  const annualRevenue = cells.annualRevenue === '' ? null : cells.annualRevenue;
  if (annualRevenue !== null && !REVENUE.test(annualRevenue))
    problem('annualRevenue', {
      en: 'must be a non-negative decimal with at most 2 decimals',
      zh: '必须为非负数，最多两位小数',
    });
  const contactName = required('contactName', 200);
  const contactEmail = cells.contactEmail.toLowerCase();
  if (contactEmail === '') problem('contactEmail', { en: 'is required', zh: '必填' });
  else if (!EMAIL.test(contactEmail) || contactEmail.length > 254)
    problem('contactEmail', { en: 'must be an email address', zh: '必须为电子邮件地址' });
  const contactPhone = cells.contactPhone === '' ? null : cells.contactPhone;
  if (contactPhone !== null && !PHONE.test(contactPhone))
    problem('contactPhone', { en: 'must be a phone number', zh: '必须为电话号码' });
  const language = cells.contactLanguage.toLowerCase();
  if (language !== '' && !isLanguage(language))
    problem('contactLanguage', { en: 'must be zh or en', zh: '必须为 zh 或 en' });
  return {
    row: {
      line,
      legalName,
      legalNameZh,
      creditCode,
      industryCode,
      organizationType,
      businessTypes,
      region,
      seats,
      annualRevenue,
      contactName,
      contactEmail,
      contactPhone,
      contactLanguage: isLanguage(language) ? language : null,
      categories: listCell(cells.categories),
    },
    problems,
  };
}

/**
 * Rows that repeat another row's credit code or contact email within the file, read from the cells so that a
 * row with other problems is still compared.
 */
export function enterpriseDuplicatesInFile(
  rows: { line: number; cells: RowCells<EnterpriseColumn> }[],
): LocalizedFieldProblem[] {
  return [
    ...duplicatesInFile(rows, 'creditCode', (r) => r.cells.creditCode.toUpperCase() || null),
    ...duplicatesInFile(rows, 'contactEmail', (r) => r.cells.contactEmail.toLowerCase() || null),
  ];
}
