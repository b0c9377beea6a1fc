/**
 * The demo's synthetic campaign, from a seed: enterprises with plausible profiles and valid credit codes, and
 * survey responses with industry-specific score distributions and the usual dirt (duplicates, speeders,
 * straight-liners, malformed rows, enterprises below the eligibility minimums). Pure and deterministic: the same
 * seed and scale always give the same campaign, and `expected` is what an independent, straightforward reading
 * of the generated rows says the platform must find.
 */
import { CREDIT_CODE_ALPHABET, creditCodeCheckCharacter } from '@app/enterprises';
import { DEFAULT_METHODOLOGY } from '@app/surveys';

/** mulberry32: small, fast and good enough for synthetic data; the same seed gives the same stream. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box-Muller). */
function normal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

export const DEMO_INDUSTRIES = [
  'it-services',
  'telecom',
  'electric-power',
  'finance',
  'consumer',
  'government',
  'healthcare',
  'postal',
  'transportation',
  'tourism',
  'manufacturing',
  'outsourcing',
];

const CITIES = [
  ['Shanghai', 'Shanghai'],
  ['Guangdong', 'Shenzhen'],
  ['Guangdong', 'Guangzhou'],
  ['Beijing', 'Beijing'],
  ['Zhejiang', 'Hangzhou'],
  ['Jiangsu', 'Nanjing'],
  ['Sichuan', 'Chengdu'],
  ['Hubei', 'Wuhan'],
  ['Shaanxi', "Xi'an"],
  ['Shandong', 'Qingdao'],
  ['Fujian', 'Xiamen'],
  ['Tianjin', 'Tianjin'],
];
const WORDS = [
  'Harbour',
  'Golden',
  'Pearl',
  'Summit',
  'Evergreen',
  'Lotus',
  'Jade',
  'Orient',
  'Silk Road',
  'Rising Sun',
];
const TRADES: Record<string, string> = {
  'it-services': 'Information Technology',
  telecom: 'Telecom',
  'electric-power': 'Power Supply',
  finance: 'Bank',
  consumer: 'Home Appliances',
  government: 'Public Service Hotline',
  healthcare: 'Health Services',
  postal: 'Express Logistics',
  transportation: 'Airlines',
  tourism: 'Travel Services',
  manufacturing: 'Motor Manufacturing',
  outsourcing: 'Customer Contact Services',
};
/** The same names in Chinese, so the public site's Chinese pages show Chinese legal names. */
const CITIES_ZH: Record<string, string> = {
  Shanghai: '上海',
  Shenzhen: '深圳',
  Guangzhou: '广州',
  Beijing: '北京',
  Hangzhou: '杭州',
  Nanjing: '南京',
  Chengdu: '成都',
  Wuhan: '武汉',
  "Xi'an": '西安',
  Qingdao: '青岛',
  Xiamen: '厦门',
  Tianjin: '天津',
};
const WORDS_ZH: Record<string, string> = {
  Harbour: '港湾',
  Golden: '金色',
  Pearl: '明珠',
  Summit: '峰汇',
  Evergreen: '常青',
  Lotus: '莲花',
  Jade: '翡翠',
  Orient: '东方',
  'Silk Road': '丝路',
  'Rising Sun': '旭日',
};
const TRADES_ZH: Record<string, string> = {
  'it-services': '信息技术',
  telecom: '电信',
  'electric-power': '供电服务',
  finance: '银行',
  consumer: '家用电器',
  government: '公共服务热线',
  healthcare: '健康服务',
  postal: '快递物流',
  transportation: '航空',
  tourism: '旅行服务',
  manufacturing: '汽车制造',
  outsourcing: '客户联络服务',
};
const BUSINESS = [
  'customer-service',
  'billing-collections',
  'e-commerce',
  'field-dispatch',
  'reservations',
  'telesales',
  'technical-support',
];

/**
 * The default instrument's items in its order (IMG ... SAT1-3 at 7-9, CMP at 10, LOY1, LOY2 at 12): the file's
 * answer columns. The generator below addresses SAT, CMP and LOY2 by these positions.
 */
export const DEMO_ITEMS = DEFAULT_METHODOLOGY.items.map((item) => item.key);

export interface DemoEnterprise {
  index: number;
  legalName: string;
  legalNameZh: string;
  creditCode: string;
  industryCode: string;
  organizationType: 'in-house' | 'outsourced';
  businessTypes: string[];
  region: string;
  seats: number;
  annualRevenue: string;
  /** Latent service quality on the 1-10 answer scale: the industry's mean plus the enterprise's own offset. */
  quality: number;
  /** Responses generated for it (before duplicates and malformed rows are added). */
  responses: number;
  /** Whether it enters the panel category (Best Call Center of the Year) too. */
  entersPanel: boolean;
}

export interface DemoPlan {
  seed: number;
  scale: number;
  industries: { code: string; mean: number }[];
  enterprises: DemoEnterprise[];
}

/** A valid credit code: `91`, the division, 9 characters drawn with `rand`, and the check character. */
export function creditCode(rand: () => number, division: string): string {
  let body = `91${division}`;
  for (let i = 0; i < 9; i++) body += CREDIT_CODE_ALPHABET[Math.floor(rand() * 31)];
  return body + creditCodeCheckCharacter(body);
}

/**
 * 600 enterprises at scale 1 (50 per industry; at least 3 per industry at any scale) and 1,000,000 x scale
 * responses, spread unevenly: about 8 % of enterprises get fewer than the 100 needed to be ranked, a few fewer
 * than the 30 needed to be listed.
 */
export function planDemo(seed: number, scale: number, codeSalt = 0): DemoPlan {
  const rand = seededRandom(seed);
  // Credit codes are unique in the platform, so a second demo run in the same database needs other codes; they
  // come from their own stream, salted per run, and leave everything else the seed decides unchanged.
  const codes = seededRandom(seed * 31 + codeSalt);
  const industries = DEMO_INDUSTRIES.map((code) => ({ code, mean: 6.6 + rand() * 1.6 }));
  const perIndustry = Math.max(3, Math.round(50 * scale));
  const total = Math.round(1_000_000 * scale);
  const enterprises: DemoEnterprise[] = [];
  const weights: number[] = [];
  for (const industry of industries) {
    for (let k = 0; k < perIndustry; k++) {
      const index = enterprises.length;
      const [province, city] = CITIES[Math.floor(rand() * CITIES.length)];
      const word = WORDS[Math.floor(rand() * WORDS.length)];
      const division = String(110000 + Math.floor(rand() * 540000)).slice(0, 6);
      enterprises.push({
        index,
        legalName: `${city} ${word} ${TRADES[industry.code]} Co., Ltd. No. ${index + 1}`,
        legalNameZh: `${CITIES_ZH[city]}${WORDS_ZH[word]}${TRADES_ZH[industry.code]}有限公司第${index + 1}号`,
        creditCode: creditCode(codes, division),
        industryCode: industry.code,
        organizationType: rand() < 0.75 ? 'in-house' : 'outsourced',
        businessTypes: [BUSINESS[Math.floor(rand() * BUSINESS.length)]],
        region: `${province}, ${city}`,
        seats: 50 + Math.floor(rand() * 1950),
        annualRevenue: String(Math.round(1e7 * (1 + rand() * 500))),
        quality: Math.min(9.6, Math.max(3, industry.mean + normal(rand) * 0.55)),
        responses: 0,
        // Every fifth enterprise of an industry also enters the panel category: 10 per industry at scale 1.
        entersPanel: k % 5 === 0,
      });
      const draw = rand();
      // Most are large; some small (indicative) and a few tiny (unpublished): the eligibility rules show.
      weights.push(draw < 0.03 ? 0.008 : draw < 0.08 ? 0.035 : 0.6 + rand());
    }
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  enterprises.forEach((e, i) => (e.responses = Math.max(5, Math.round((weights[i] / sum) * total))));
  return { seed, scale, industries, enterprises };
}

export interface ExpectedEnterprise {
  /** Rows the file holds for it, well-formed or not. */
  rows: number;
  malformed: number;
  duplicates: number;
  /** First-seen, well-formed rows: what the platform stores. */
  stored: number;
  speeders: number;
  straightLiners: number;
  /** Stored rows that are not speeders: the valid responses (no other exclusion is generated). */
  valid: number;
  /** Sum of each valid response's CSI (the mean of SAT1-3 rescaled to 0-100). */
  csiSum: number;
}

export interface ExpectedOutcome {
  rows: number;
  malformed: number;
  duplicates: number;
  stored: number;
  speeders: number;
  straightLiners: number;
  /** Median completion time of the stored rows, and the speeding threshold (40 % of it). */
  medianSeconds: number;
  enterprises: ExpectedEnterprise[];
}

const CSV_HEADER = `creditCode,respondentKey,submittedAt,channel,completionSeconds,${DEMO_ITEMS.join(',')}\n`;
const CHANNELS = ['phone', 'web', 'app', 'email', 'chat'];
const clampAnswer = (x: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(x)));
/** Normal completion times are 300-900 s, speeders 20-90 s: the 40 %-of-median threshold falls between. */
const NORMAL_SECONDS = [300, 900];
const SPEEDER_SECONDS = [20, 90];

/**
 * Writes the survey file through `write` (CSV text in chunks) and returns what a direct count of the rows says:
 * per enterprise, what is stored, excluded and valid, and the CSI sum of the valid responses.
 */
export async function writeResponses(
  plan: DemoPlan,
  surveyOpensAt: Date,
  write: (chunk: string) => Promise<void>,
): Promise<ExpectedOutcome> {
  const rand = seededRandom(plan.seed * 7919 + 1);
  const windowMs = Math.max(60_000, Date.now() - 3_600_000 - surveyOpensAt.getTime());
  const expected: ExpectedEnterprise[] = plan.enterprises.map(() => ({
    rows: 0,
    malformed: 0,
    duplicates: 0,
    stored: 0,
    speeders: 0,
    straightLiners: 0,
    valid: 0,
    csiSum: 0,
  }));
  const seconds = new Map<number, number>();
  let buffer = CSV_HEADER;
  const flush = async (force = false) => {
    if (force || buffer.length > 1 << 20) {
      await write(buffer);
      buffer = '';
    }
  };
  for (const e of plan.enterprises) {
    const x = expected[e.index];
    for (let i = 0; i < e.responses; i++) {
      const key = `r-${e.index}-${i}`;
      const speeder = rand() < 0.02;
      const straight = !speeder && rand() < 0.01;
      const malformed = rand() < 0.003;
      const duplicate = i > 0 && rand() < 0.01;
      const when = new Date(surveyOpensAt.getTime() + 1000 + Math.floor(rand() * windowMs)).toISOString();
      const range = speeder ? SPEEDER_SECONDS : NORMAL_SECONDS;
      const completion = range[0] + Math.floor(rand() * (range[1] - range[0]));
      const latent = e.quality + normal(rand) * 1.3;
      const answers = straight
        ? Array.from({ length: 13 }, (_, k) =>
            k === 10 ? 0 : k === 12 ? clampAnswer(latent, 0, 10) : clampAnswer(latent, 1, 10),
          )
        : DEMO_ITEMS.map((item) =>
            item === 'CMP'
              ? rand() < 0.12
                ? 1
                : 0
              : clampAnswer(latent + normal(rand) * 0.8, item === 'LOY2' ? 0 : 1, 10),
          );
      if (straight) answers[12] = answers[11];
      x.rows++;
      if (malformed) {
        // Out of scale (11 on a 1-10 item) or not a number: rejected at ingestion with its line.
        const bad = [...answers] as (number | string)[];
        bad[8] = rand() < 0.5 ? 11 : 'n/a';
        buffer += `${e.creditCode},bad-${key},${when},phone,${completion},${bad.join(',')}\n`;
        x.malformed++;
        await flush();
        continue;
      }
      buffer += `${e.creditCode},${key},${when},${CHANNELS[i % CHANNELS.length]},${completion},${answers.join(',')}\n`;
      x.stored++;
      seconds.set(completion, (seconds.get(completion) ?? 0) + 1);
      if (speeder) x.speeders++;
      else {
        x.valid++;
        x.csiSum += ((answers[7] - 1 + answers[8] - 1 + answers[9] - 1) / 27) * 100;
      }
      // Flagged whenever every rated item (all but CMP) has the same answer: the deliberate straight-liners, and
      // the respondents whose real answers happen to be all equal (all 10s, say).
      const rated = answers.filter((_, k) => k !== 10);
      if (rated.every((a) => a === rated[0])) x.straightLiners++;
      if (duplicate) {
        // A resend of the same respondent with other answers: stored once, the first one wins.
        const again = answers.map((a, k) => (k === 10 ? a : clampAnswer(a + 1, k === 12 ? 0 : 1, 10)));
        buffer += `${e.creditCode},${key},${when},web,${completion},${again.join(',')}\n`;
        x.rows++;
        x.duplicates++;
      }
      await flush();
    }
  }
  await flush(true);
  const sum = (f: (x: ExpectedEnterprise) => number) => expected.reduce((n, x) => n + f(x), 0);
  return {
    rows: sum((x) => x.rows),
    malformed: sum((x) => x.malformed),
    duplicates: sum((x) => x.duplicates),
    stored: sum((x) => x.stored),
    speeders: sum((x) => x.speeders),
    straightLiners: sum((x) => x.straightLiners),
    medianSeconds: medianOfCounts(seconds),
    enterprises: expected,
  };
}

/** The median of values given as value -> count (the lower middle of an even count averaged with the upper). */
export function medianOfCounts(counts: Map<number, number>): number {
  const values = [...counts.entries()].sort(([a], [b]) => a - b);
  const n = values.reduce((s, [, c]) => s + c, 0);
  const at = (k: number) => {
    let seen = 0;
    for (const [v, c] of values) {
      seen += c;
      if (k < seen) return v;
    }
    return NaN;
  };
  return n % 2 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
}

/**
 * The leader of each industry by a direct reading of the generated rows: the highest mean CSI among
 * enterprises with at least `minRanked` valid responses. Independent of the platform's code on purpose.
 */
export function expectedLeaders(
  plan: DemoPlan,
  outcome: ExpectedOutcome,
  minRanked: number,
): Map<string, number | null> {
  const leaders = new Map<string, number | null>();
  for (const { code } of plan.industries) {
    let best: { index: number; csi: number } | null = null;
    for (const e of plan.enterprises) {
      const x = outcome.enterprises[e.index];
      if (e.industryCode !== code || x.valid < minRanked) continue;
      const csi = x.csiSum / x.valid;
      if (!best || csi > best.csi) best = { index: e.index, csi };
    }
    leaders.set(code, best?.index ?? null);
  }
  return leaders;
}
