/**
 * Realistic survey responses for the ingestion benchmarks, from a seed: the respondents of a campaign's
 * enterprises with plausible answers (each enterprise's latent quality plus noise, speeders, straight-liners,
 * unanswered items) in the time order of a partner's export; a respondent resent with other answers; and
 * malformed rows of several kinds. Pure and deterministic: any row can be made again from its serial alone, so
 * a resend needs no memory of the first response (survey-file-set.ts decides which rows a file holds).
 */
import { DEMO_ITEMS, seededRandom } from '../tools/demo/demo-data';

export interface SurveyEnterprise {
  id: string;
  industryCode: string;
}

/** How a malformed row is spoiled; each is refused by ingestion with its line. */
export const DEFECTS = [
  'unknown-enterprise',
  'malformed-enterprise-id',
  'answer-out-of-scale',
  'answer-not-a-number',
  'unparseable-date',
  'wrong-field-count',
] as const;
export type Defect = (typeof DEFECTS)[number];

export interface SurveyRow {
  enterpriseId: string;
  respondentKey: string;
  submittedAt: string;
  channel: string;
  completionSeconds: number;
  /** In the instrument's order (DEMO_ITEMS); null where unanswered; text only where spoiled. */
  answers: (number | string | null)[];
  /** Set on malformed rows: the file writers spoil `wrong-field-count` rows in their own format. */
  defect: Defect | null;
}

/** Who answers, when: the campaign's enterprises (weighted, each with its latent quality) and the window. */
export interface SurveyPopulation {
  seed: number;
  enterprises: SurveyEnterprise[];
  /** Running sums of the enterprises' weights: a few get very few responses, most many. */
  cumulativeWeights: number[];
  /** Latent service quality per enterprise on the 1-10 scale. */
  quality: number[];
  keyPrefix: string;
  windowStartMs: number;
  windowEndMs: number;
  /** Originals the submission times are spread over: serial s is submitted about s / spanSerials in. */
  spanSerials: number;
}

export function surveyPopulation(
  seed: number,
  enterprises: SurveyEnterprise[],
  window: { startMs: number; endMs: number },
  spanSerials: number,
  keyPrefix = 'R',
): SurveyPopulation {
  const rand = seededRandom(seed);
  const industryMean = new Map<string, number>();
  for (const e of enterprises) {
    if (!industryMean.has(e.industryCode)) industryMean.set(e.industryCode, 6.6 + rand() * 1.6);
  }
  const quality = enterprises.map((e) =>
    Math.min(9.6, Math.max(3, (industryMean.get(e.industryCode) as number) + normal(rand) * 0.55)),
  );
  let sum = 0;
  const cumulativeWeights = enterprises.map(() => {
    const draw = rand();
    // As in the demo: about 3 % of enterprises get almost nothing, 5 % few, the rest many.
    sum += draw < 0.03 ? 0.008 : draw < 0.08 ? 0.035 : 0.6 + rand();
    return sum;
  });
  return {
    seed,
    enterprises,
    cumulativeWeights,
    quality,
    keyPrefix,
    windowStartMs: window.startMs,
    windowEndMs: window.endMs,
    spanSerials: Math.max(1, spanSerials),
  };
}

/** A standard normal draw (Box-Muller). */
function normal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/** One stream per (seed, row, variant), so a row can be made again from its serial alone. */
export function rowRandom(seed: number, serial: number, variant: number): () => number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(serial + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f) ^ Math.imul(variant + 1, 0x165667b1);
  return seededRandom(h ^ (h >>> 16));
}

const clamp = (x: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(x)));
const LOY2 = DEMO_ITEMS.indexOf('LOY2');
const CMP = DEMO_ITEMS.indexOf('CMP');
/** Channels by their share of a contact center's surveys. */
const CHANNELS: [string, number][] = [
  ['phone', 0.45],
  ['web', 0.2],
  ['app', 0.15],
  ['chat', 0.08],
  ['email', 0.05],
  ['sms', 0.04],
  ['in-person', 0.03],
];

function pickChannel(rand: () => number): string {
  let r = rand();
  for (const [channel, share] of CHANNELS) {
    if (r < share) return channel;
    r -= share;
  }
  return 'other';
}

function pickEnterprise(pop: SurveyPopulation, rand: () => number): number {
  const w = pop.cumulativeWeights;
  const target = rand() * w[w.length - 1];
  let lo = 0;
  let hi = w.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (w[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Answers around a latent quality: 2 % speeders, 1 % straight-liners, a few items left unanswered. */
function answersAround(latent: number, rand: () => number): { answers: (number | null)[]; speeder: boolean } {
  const speeder = rand() < 0.02;
  const straight = !speeder && rand() < 0.01;
  const answers: (number | null)[] = DEMO_ITEMS.map((_, k) => {
    if (k === CMP) return straight ? 0 : rand() < 0.12 ? 1 : 0;
    if (straight) return clamp(latent, k === LOY2 ? 0 : 1, 10);
    return clamp(latent + normal(rand) * 0.8, k === LOY2 ? 0 : 1, 10);
  });
  if (rand() < 0.02) answers[LOY2] = null;
  if (rand() < 0.01) answers[Math.floor(rand() * CMP)] = null;
  return { answers, speeder };
}

function submittedMs(pop: SurveyPopulation, serial: number, rand: () => number): number {
  const span = pop.windowEndMs - pop.windowStartMs;
  const at = pop.windowStartMs + ((serial + 0.5) / pop.spanSerials) * span + (rand() - 0.5) * 40 * 60_000;
  return Math.round(Math.min(pop.windowEndMs, Math.max(pop.windowStartMs, at)));
}

/** ISO 8601 as a partner writes it: local time at +08:00, or UTC with milliseconds. */
export function partnerTime(ms: number, style: TimeStyle): string {
  if (style === 'utc') return new Date(ms).toISOString();
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19) + '+08:00';
}
export type TimeStyle = 'offset' | 'utc';

const respondentKey = (pop: SurveyPopulation, serial: number) =>
  `${pop.keyPrefix}${String(serial).padStart(8, '0')}`;

/** A response as drawn, before it is written: enterprise (index), time, channel, completion, answers. */
interface Draft {
  e: number;
  ms: number;
  channel: string;
  completionSeconds: number;
  answers: (number | string | null)[];
}

function draft(pop: SurveyPopulation, rand: () => number, timeSerial: number): Draft {
  const e = pickEnterprise(pop, rand);
  const { answers, speeder } = answersAround(pop.quality[e] + normal(rand) * 1.3, rand);
  return {
    e,
    ms: submittedMs(pop, timeSerial, rand),
    channel: pickChannel(rand),
    completionSeconds: speeder ? 20 + Math.floor(rand() * 70) : 300 + Math.floor(rand() * 600),
    answers,
  };
}

const written = (pop: SurveyPopulation, d: Draft, key: string, style: TimeStyle): SurveyRow => ({
  enterpriseId: pop.enterprises[d.e].id,
  respondentKey: key,
  submittedAt: partnerTime(d.ms, style),
  channel: d.channel,
  completionSeconds: d.completionSeconds,
  answers: d.answers,
  defect: null,
});

/** The first response of respondent `serial`: always well-formed. */
export function originalRow(pop: SurveyPopulation, serial: number, style: TimeStyle): SurveyRow {
  return written(pop, draft(pop, rowRandom(pop.seed, serial, 0), serial), respondentKey(pop, serial), style);
}

/**
 * Respondent `serial` sent again (the `resend`-th resend of the file set): same enterprise and key, other
 * answers and channel, a later time, another completion time. Well-formed, so a duplicate, never a rejection.
 */
export function resentRow(
  pop: SurveyPopulation,
  serial: number,
  resend: number,
  style: TimeStyle,
): SurveyRow {
  const first = draft(pop, rowRandom(pop.seed, serial, 0), serial);
  const rand = rowRandom(pop.seed, serial, resend);
  const { answers } = answersAround(pop.quality[first.e] + normal(rand) * 1.3, rand);
  const again: Draft = {
    e: first.e,
    ms: Math.min(pop.windowEndMs, first.ms + (1 + Math.floor(rand() * 120)) * 60_000),
    channel: pickChannel(rand),
    completionSeconds: first.completionSeconds + 1 + (resend % 17),
    answers,
  };
  return written(pop, again, respondentKey(pop, serial), style);
}

/** The `bad`-th malformed row: a plausible response spoiled one way; its key is never used by another row. */
export function malformedRow(pop: SurveyPopulation, bad: number, style: TimeStyle): SurveyRow {
  const rand = rowRandom(pop.seed ^ 0x0badf00d, bad, 0);
  const timeSerial = Math.floor(rand() * pop.spanSerials);
  const row = written(
    pop,
    draft(pop, rand, timeSerial),
    `${pop.keyPrefix}X${String(bad).padStart(7, '0')}`,
    style,
  );
  const defect = DEFECTS[Math.floor(rand() * DEFECTS.length)];
  const item = Math.floor(rand() * CMP);
  switch (defect) {
    case 'unknown-enterprise': {
      // A well-formed UUID that no enterprise has.
      const hex = (n: number) =>
        Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
      row.enterpriseId = `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`;
      break;
    }
    case 'malformed-enterprise-id':
      row.enterpriseId = `ENT-${100000 + Math.floor(rand() * 900000)}`;
      break;
    case 'answer-out-of-scale':
      row.answers[item] = rand() < 0.5 ? 11 : -1;
      break;
    case 'answer-not-a-number':
      row.answers[item] = rand() < 0.5 ? 'n/a' : '7.5';
      break;
    case 'unparseable-date':
      row.submittedAt = ['2027/05/03 10:15', '03-05-2027', '2027-02-30T10:00:00+08:00', 'yesterday'][
        Math.floor(rand() * 4)
      ];
      break;
    case 'wrong-field-count':
      break;
  }
  return { ...row, defect };
}
