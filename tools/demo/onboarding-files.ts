/**
 * The files organizers onboard enterprises and judges with (`POST /enterprises/import`, `POST /judges/import`),
 * written the way a spreadsheet program saves them: UTF-8 CSV with a byte-order mark, RFC 4180 quoting. Used
 * by the demo and the onboarding benchmark.
 */
import { ENTERPRISE_COLUMNS } from '@app/enterprises';
import { JUDGE_COLUMNS } from '@app/judging';

export interface EnterpriseFileRow {
  legalNameZh?: string;
  legalName: string;
  creditCode: string;
  industryCode: string;
  organizationType: string;
  businessTypes: string[];
  region: string;
  seats: number | string;
  annualRevenue?: string;
  contactName: string;
  contactEmail: string;
  contactPhone?: string;
  contactLanguage?: 'zh' | 'en';
  /** Category names (or ids) of the campaign the file is imported into. */
  categories?: string[];
}

export interface JudgeFileRow {
  displayName: string;
  email: string;
  language?: 'zh' | 'en';
  title?: string;
  expertiseIndustries: string[];
  /** Each `organisation (employer|client fromYear-toYear[, credit code])`. */
  affiliations: string[];
}

// The columns are the import's own, in its order: a file written here is what the template asks for.
const ENTERPRISE_HEADER = ENTERPRISE_COLUMNS.map((c) => c.name);
const JUDGE_HEADER = JUDGE_COLUMNS.map((c) => c.name);

const cell = (value: string | number | undefined) => {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const line = (values: (string | number | undefined)[]) => values.map(cell).join(',') + '\r\n';
/** One row of cells in the header's order, from a record keyed by column name. */
const rowOf = (header: readonly string[], record: Record<string, string | number | undefined>) =>
  line(header.map((name) => record[name]));

export function enterprisesCsv(rows: EnterpriseFileRow[]): string {
  return (
    '\uFEFF' +
    line(ENTERPRISE_HEADER) +
    rows
      .map((r) =>
        rowOf(ENTERPRISE_HEADER, {
          ...r,
          businessTypes: r.businessTypes.join('; '),
          categories: (r.categories ?? []).join('; '),
        }),
      )
      .join('')
  );
}

export function judgesCsv(rows: JudgeFileRow[]): string {
  return (
    '\uFEFF' +
    line(JUDGE_HEADER) +
    rows
      .map((r) =>
        rowOf(JUDGE_HEADER, {
          ...r,
          expertiseIndustries: r.expertiseIndustries.join('; '),
          affiliations: r.affiliations.join('; '),
        }),
      )
      .join('')
  );
}

/** Posts a file as the request body; answers the status and the parsed JSON, whatever the status. */
export async function postFile<T = Record<string, unknown>>(
  url: string,
  token: string,
  body: string | Buffer,
  contentType = 'text/csv',
): Promise<{ status: number; body: T }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': contentType, authorization: `Bearer ${token}` },
    body: typeof body === 'string' ? Buffer.from(body) : body,
  });
  return { status: res.status, body: (await res.json()) as T };
}
