import type { AcceptedResponse } from './response-row';

/** survey_responses columns in the order copyLine writes them. */
export const RESPONSE_FIELDS = [
  'line',
  'enterprise_id',
  'respondent_key',
  'industry_code',
  'submitted_at',
  'channel',
  'completion_seconds',
  'answers',
  'score_image',
  'score_expectations',
  'score_quality',
  'score_value',
  'score_satisfaction',
  'score_loyalty',
  'nps_category',
  'complained',
  'exclusion',
  'flags',
] as const;

const NULL = '\\N';
const NPS_CODE = { detractor: '0', passive: '1', promoter: '2' } as const;

/** PostgreSQL COPY text format: backslash, tab, newline and carriage return are escaped. */
export function copyEscape(value: string): string {
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : value;
}

const num = (x: number | null) => (x === null ? NULL : String(x));

/** One response's fields, tab-separated, without a line end (the writer adds the import's own columns). */
export function copyLine(line: number, r: AcceptedResponse): string {
  const s = r.scores;
  // An array join gives one flat string; concatenation would keep a rope of pieces per row in memory.
  return [
    String(line),
    r.enterpriseId,
    copyEscape(r.respondentKey),
    r.industryCode,
    r.submittedAt,
    r.channel,
    num(r.completionSeconds),
    `{${r.answers.map((a) => (a === null ? 'NULL' : String(a))).join(',')}}`,
    num(s.image),
    num(s.expectations),
    num(s.quality),
    num(s.value),
    num(s.satisfaction),
    num(s.loyalty),
    r.nps === null ? NULL : NPS_CODE[r.nps],
    r.complained === null ? NULL : r.complained ? 't' : 'f',
    r.exclusion ?? NULL,
    String(r.flags),
  ].join('\t');
}
