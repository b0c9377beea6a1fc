import { LocalizedFieldProblem } from '@app/common';
import { InstrumentItem, MethodologyParameters } from './methodology';
import { Answers, RespondentScores, respondentScores } from './respondent-scores';
import { parseIsoInstant } from './iso-instant';
import { responseQuality, ResponseQuality } from './response-quality';
import { parseWholeNumber } from './whole-number';

const UNKNOWN_ENTERPRISE = { en: 'unknown enterprise', zh: '未知的企业' };

export const CHANNELS = [
  'phone',
  'web',
  'email',
  'sms',
  'app',
  'chat',
  'in-person',
  'social',
  'other',
] as const;
export const MAX_COMPLETION_SECONDS = 86_400;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What ingestion knows before reading rows: the frozen instrument and who may be rated, when. */
export interface RowContext {
  items: InstrumentItem[];
  parameters: MethodologyParameters;
  /** Upper-cased item key -> position in the instrument. */
  itemIndex: Map<string, number>;
  /**
   * Approved candidates of a survey category, by enterprise id. A row takes the candidate's own id string: one
   * per enterprise, already hashed as a map key, not the text cut from the row.
   */
  candidates: Map<string, SurveyCandidate>;
  /** Every registered enterprise, by credit code and by id, to tell "unknown" from "not a candidate". */
  enterpriseIdByCreditCode: Map<string, string>;
  enterpriseIds: Set<string>;
  windowOpens: Date | null;
  windowCloses: Date | null;
  /** Submissions later than this are in the future (clock skew allowed). */
  latestSubmission: Date;
}

export interface SurveyCandidate {
  enterpriseId: string;
  industryCode: string;
}

/** One response as received, before checking: answers already lined up with ctx.items (undefined = absent). */
export interface ResponseFields {
  enterpriseId: unknown;
  creditCode: unknown;
  respondentKey: unknown;
  submittedAt: unknown;
  channel: unknown;
  completionSeconds: unknown;
  answerValues: unknown[];
  /** Read only: rows without unknown keys share one empty list. */
  unknownKeys: readonly string[];
}

export interface AcceptedResponse extends RespondentScores, ResponseQuality {
  enterpriseId: string;
  industryCode: string;
  respondentKey: string;
  submittedAt: string;
  /** submittedAt as milliseconds since the Unix epoch (what binary COPY stores). */
  submittedAtMs: number;
  channel: string;
  completionSeconds: number | null;
  answers: Answers;
}

export type RowResult =
  { ok: true; response: AcceptedResponse } | { ok: false; problems: LocalizedFieldProblem[] };

export function buildItemIndex(items: InstrumentItem[]): Map<string, number> {
  return new Map(items.map((item, i) => [item.key.toUpperCase(), i]));
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

const isBlank = (v: unknown) => v === undefined || v === null || v === '';

/** An integer answer from JSON (number) or CSV (text); null when absent; undefined when malformed. */
function parseInteger(v: unknown): number | null | undefined {
  if (isBlank(v)) return null;
  if (typeof v === 'number') return Number.isInteger(v) ? v : undefined;
  if (typeof v === 'string') return parseWholeNumber(v);
  return undefined;
}

function enterpriseOf(
  f: ResponseFields,
  ctx: RowContext,
  problems: LocalizedFieldProblem[],
): SurveyCandidate | null {
  // Nearly every row names a candidate by its id exactly as stored and leaves the credit code empty: found
  // without trimming and lower-casing first (an id as stored reads the same after both).
  const exact = typeof f.enterpriseId === 'string' ? ctx.candidates.get(f.enterpriseId) : undefined;
  if (exact && isBlank(f.creditCode)) return exact;
  const byId = typeof f.enterpriseId === 'string' ? f.enterpriseId.trim().toLowerCase() : f.enterpriseId;
  const byCode = typeof f.creditCode === 'string' ? f.creditCode.trim().toUpperCase() : f.creditCode;
  // The exact match is the candidate the normalised id names, so it is not looked up again.
  const named = exact ?? (typeof byId === 'string' ? ctx.candidates.get(byId) : undefined);
  if (named && isBlank(byCode)) return named;
  if (isBlank(byId) && isBlank(byCode)) {
    problems.push({
      field: 'enterpriseId',
      message: { en: 'enterpriseId or creditCode is required', zh: '必须提供 enterpriseId 或 creditCode' },
    });
    return null;
  }
  let id: string | undefined;
  if (!isBlank(byId)) {
    if (typeof byId !== 'string' || (!named && !UUID.test(byId))) {
      problems.push({
        field: 'enterpriseId',
        message: { en: 'malformed value: must be a UUID', zh: '格式错误：必须是 UUID' },
      });
      return null;
    }
    id = byId;
    if (!named && !ctx.enterpriseIds.has(id)) {
      problems.push({ field: 'enterpriseId', message: UNKNOWN_ENTERPRISE });
      return null;
    }
  }
  if (!isBlank(byCode)) {
    const fromCode = typeof byCode === 'string' ? ctx.enterpriseIdByCreditCode.get(byCode) : undefined;
    if (!fromCode) {
      problems.push({ field: 'creditCode', message: UNKNOWN_ENTERPRISE });
      return null;
    }
    if (id && id !== fromCode) {
      problems.push({
        field: 'creditCode',
        message: {
          en: 'names a different enterprise than enterpriseId',
          zh: '与 enterpriseId 指向不同的企业',
        },
      });
      return null;
    }
    id = fromCode;
  }
  // A credit code naming another enterprise than the id was refused above: `named` is the id's candidate.
  const candidate = named ?? ctx.candidates.get(id as string);
  if (!candidate) {
    problems.push({
      field: isBlank(byId) ? 'creditCode' : 'enterpriseId',
      message: {
        en: 'enterprise is not an approved candidate of a survey category of this campaign',
        zh: '该企业不是此评选活动调查类奖项的已批准参评者',
      },
    });
    return null;
  }
  return candidate;
}

/** Checks one response against the instrument and the campaign; scores and classifies it when it is good. */
export function checkResponse(f: ResponseFields, ctx: RowContext): RowResult {
  const problems: LocalizedFieldProblem[] = [];
  const enterprise = enterpriseOf(f, ctx, problems);

  const keyAsSent = typeof f.respondentKey === 'number' ? String(f.respondentKey) : f.respondentKey;
  const respondentKey = typeof keyAsSent === 'string' ? keyAsSent.trim() : '';
  if (typeof keyAsSent !== 'string') {
    problems.push({ field: 'respondentKey', message: { en: 'is required', zh: '必填' } });
  } else if (respondentKey.length === 0 || keyAsSent.length > 200) {
    problems.push({
      field: 'respondentKey',
      message: { en: 'must be 1 to 200 characters', zh: '必须为 1 到 200 个字符' },
    });
  } else if (CONTROL_CHARACTER.test(keyAsSent)) {
    problems.push({
      field: 'respondentKey',
      message: { en: 'must not contain control characters', zh: '不能包含控制字符' },
    });
  }

  // Kept as sent (trimmed): PostgreSQL reads ISO 8601 with its offset, so no re-formatting per row.
  const submittedAt = typeof f.submittedAt === 'string' ? f.submittedAt.trim() : '';
  const at = parseIsoInstant(submittedAt);
  if (Number.isNaN(at)) {
    problems.push({
      field: 'submittedAt',
      message: {
        en: 'malformed value: must be an ISO 8601 time with an offset, e.g. 2027-05-03T10:15:00+08:00',
        zh: '格式错误：必须是带时区偏移的 ISO 8601 时间，例如 2027-05-03T10:15:00+08:00',
      },
    });
  } else {
    if (
      (ctx.windowOpens && at < ctx.windowOpens.getTime()) ||
      (ctx.windowCloses && at > ctx.windowCloses.getTime())
    ) {
      problems.push({
        field: 'submittedAt',
        message: {
          en: `submitted outside the survey window (${ctx.windowOpens?.toISOString() ?? 'open'} to ${ctx.windowCloses?.toISOString() ?? 'open'})`,
          zh: `提交时间不在调查期内（${ctx.windowOpens?.toISOString() ?? '不限'} 至 ${ctx.windowCloses?.toISOString() ?? '不限'}）`,
        },
      });
    } else if (at > ctx.latestSubmission.getTime()) {
      problems.push({ field: 'submittedAt', message: { en: 'lies in the future', zh: '时间在未来' } });
    }
  }

  const channel = typeof f.channel === 'string' ? f.channel.trim().toLowerCase() : '';
  if (!(CHANNELS as readonly string[]).includes(channel)) {
    problems.push({
      field: 'channel',
      message: { en: `must be one of ${CHANNELS.join(', ')}`, zh: `必须是以下之一：${CHANNELS.join('、')}` },
    });
  }

  const seconds = parseInteger(f.completionSeconds);
  if (seconds === undefined || (seconds !== null && (seconds < 1 || seconds > MAX_COMPLETION_SECONDS))) {
    problems.push({
      field: 'completionSeconds',
      message: {
        en: `malformed value: a whole number of seconds, 1 to ${MAX_COMPLETION_SECONDS}`,
        zh: `格式错误：须为 1 到 ${MAX_COMPLETION_SECONDS} 的整秒数`,
      },
    });
  }

  for (const key of f.unknownKeys)
    problems.push({ field: `answers.${key}`, message: { en: 'unknown item key', zh: '未知的题目键' } });
  const answers: Answers = ctx.items.map((item, i) => {
    const x = parseInteger(f.answerValues[i]);
    if (x === undefined) {
      problems.push({
        field: `answers.${item.key}`,
        message: { en: 'malformed value: must be a whole number', zh: '格式错误：必须是整数' },
      });
      return null;
    }
    if (x !== null && (x < item.scaleMin || x > item.scaleMax)) {
      problems.push({
        field: `answers.${item.key}`,
        message: {
          en: `out of scale ${item.scaleMin}-${item.scaleMax}`,
          zh: `超出量表 ${item.scaleMin}-${item.scaleMax}`,
        },
      });
      return null;
    }
    return x;
  });

  if (problems.length > 0 || !enterprise) return { ok: false, problems };
  const scored = respondentScores(ctx.items, answers, ctx.parameters);
  const quality = responseQuality(ctx.items, answers, ctx.parameters);
  return {
    ok: true,
    response: {
      enterpriseId: enterprise.enterpriseId,
      industryCode: enterprise.industryCode,
      respondentKey,
      submittedAt,
      submittedAtMs: at,
      channel,
      completionSeconds: seconds ?? null,
      answers,
      scores: scored.scores,
      nps: scored.nps,
      complained: scored.complained,
      exclusion: quality.exclusion,
      flags: quality.flags,
    },
  };
}

/** Unknown keys named one by one in a row's problems; beyond, the row gets one problem saying how many. */
export const MAX_KEY_PROBLEMS = 20;

const RESPONSE_KEYS = new Set([
  'enterpriseId',
  'creditCode',
  'respondentKey',
  'submittedAt',
  'channel',
  'completionSeconds',
  'answers',
]);

/** The unknown keys of every row that has none: one list, never written to. */
export const NO_KEYS: readonly string[] = Object.freeze([]);

/** A JSON (or NDJSON) object in the documented shape, lined up with the instrument. */
export function fieldsFromJson(body: unknown, ctx: RowContext): ResponseFields | LocalizedFieldProblem[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return [
      {
        field: '(row)',
        message: { en: 'malformed row: must be a JSON object', zh: '行格式错误：必须是 JSON 对象' },
      },
    ];
  }
  const o = body as Record<string, unknown>;
  const answerValues = new Array<unknown>(ctx.items.length);
  let unknownKeys: string[] | null = null;
  const answers = o.answers;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    return [
      {
        field: 'answers',
        message: { en: 'must be an object of item key -> answer', zh: '必须是“题目键 -> 答案”的对象' },
      },
    ];
  }
  let unknown = 0;
  for (const key in answers) {
    const i = ctx.itemIndex.get(key.toUpperCase());
    if (i !== undefined) answerValues[i] = (answers as Record<string, unknown>)[key];
    else if (++unknown <= MAX_KEY_PROBLEMS) (unknownKeys ??= []).push(key);
  }
  // One row of a batch may be a whole body of keys: it is named in a few problems, not one per key.
  if (unknown > MAX_KEY_PROBLEMS) {
    return [
      {
        field: 'answers',
        message: {
          en: `${unknown} unknown item keys (at most ${MAX_KEY_PROBLEMS} are listed)`,
          zh: `${unknown} 个未知的题目键（最多列出 ${MAX_KEY_PROBLEMS} 个）`,
        },
      },
    ];
  }
  // Counted before any list is made: a well-formed row (nearly all) allocates nothing here.
  let extras = 0;
  for (const k in o) if (!RESPONSE_KEYS.has(k)) extras++;
  const extra = extras === 0 ? NO_KEYS : Object.keys(o).filter((k) => !RESPONSE_KEYS.has(k));
  if (extra.length > MAX_KEY_PROBLEMS) {
    return [
      {
        field: '(row)',
        message: {
          en: `${extra.length} properties that are not response fields`,
          zh: `${extra.length} 个不是答卷字段的属性`,
        },
      },
    ];
  }
  if (extra.length > 0)
    return extra.map((k) => ({ field: k, message: { en: 'is not a response field', zh: '不是答卷字段' } }));
  return {
    enterpriseId: o.enterpriseId,
    creditCode: o.creditCode,
    respondentKey: typeof o.respondentKey === 'number' ? String(o.respondentKey) : o.respondentKey,
    submittedAt: o.submittedAt,
    channel: o.channel,
    completionSeconds: o.completionSeconds,
    answerValues,
    unknownKeys: unknownKeys ?? NO_KEYS,
  };
}
