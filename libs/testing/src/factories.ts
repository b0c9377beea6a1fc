import { randomUUID } from 'node:crypto';

export interface AccountInput {
  email: string;
  password: string;
  displayName: string;
}

/** A valid account with a unique email; pass overrides for what the test is about. */
export function buildAccount(overrides: Partial<AccountInput> = {}): AccountInput {
  const id = randomUUID().slice(0, 8);
  return {
    email: `user-${id}@example.test`,
    password: `password-${id}-long-enough`,
    displayName: `Test User ${id}`,
    ...overrides,
  };
}

const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A random, valid unified social credit code (computed here independently of the code under test). */
export function randomCreditCode(): string {
  const pick = (chars: string) => chars[Math.floor(Math.random() * chars.length)];
  let body = '91';
  for (let i = 0; i < 6; i++) body += pick('0123456789');
  for (let i = 0; i < 9; i++) body += pick(CREDIT_ALPHABET);
  const sum = [...body].reduce((acc, c, i) => acc + CREDIT_ALPHABET.indexOf(c) * CREDIT_WEIGHTS[i], 0);
  return body + CREDIT_ALPHABET[(31 - (sum % 31)) % 31];
}

export interface EnterpriseInput {
  legalName: string;
  legalNameZh?: string;
  creditCode: string;
  industryCode: string;
  organizationType: string;
  businessTypes: string[];
  region: string;
  seats: number;
  annualRevenue?: string;
  contactName: string;
  contactEmail: string;
  contactPhone?: string;
}

export function buildEnterprise(overrides: Partial<EnterpriseInput> = {}): EnterpriseInput {
  const id = randomUUID().slice(0, 6);
  return {
    legalName: `Example Contact Center ${id} Co., Ltd.`,
    legalNameZh: `示例客服中心${id}有限公司`,
    creditCode: randomCreditCode(),
    industryCode: 'telecom',
    organizationType: 'in-house',
    businessTypes: ['customer-service'],
    region: 'Guangdong, Shenzhen',
    seats: 250,
    annualRevenue: '880000000.00',
    contactName: 'Zhang Min',
    contactEmail: `contact-${id}@example.test`,
    contactPhone: '+86 755 1234 5678',
    ...overrides,
  };
}

/** A valid draft campaign body: two categories, two industries, no schedule unless given. */
export function buildCampaign(overrides: Record<string, unknown> = {}) {
  const id = randomUUID().slice(0, 8);
  return {
    slug: `care-awards-${id}`,
    name: 'Customer Care Awards 2027',
    nameZh: '2027 客户关怀奖',
    year: 2027,
    descriptionEn: 'The yearly customer-care awards.',
    descriptionZh: '年度客户关怀奖项。',
    timeZone: 'Asia/Shanghai',
    industryCodes: ['telecom', 'finance'],
    categories: [
      {
        name: 'Customer Care Benchmark Enterprise',
        nameZh: '客户关怀标杆企业',
        kind: 'survey-benchmark',
        perIndustry: true,
        maxWinners: 3,
      },
      {
        name: 'Best Call Center of the Year',
        nameZh: '中国最佳呼叫中心',
        kind: 'panel',
        perIndustry: false,
        maxWinners: 10,
      },
    ],
    ...overrides,
  };
}

/**
 * A two-criterion rubric whose totals are easy by hand: service (weight 60, one 0-10 item `s`) and people
 * (weight 40, one 0-100 item `p`), so a sheet's total is 60 x s/10 + 40 x p/100; CCCS-OP-style bands.
 */
export const TWO_CRITERIA_RUBRIC = {
  categories: [
    {
      code: 'service',
      name: 'Service',
      weight: 60,
      items: [{ code: 's', name: 'FCR', scaleMin: 0, scaleMax: 10 }],
    },
    {
      code: 'people',
      name: 'People',
      weight: 40,
      items: [{ code: 'p', name: 'Coaching', scaleMin: 0, scaleMax: 100 }],
    },
  ],
  bands: [
    { min: 81, max: 100, outcome: 'certified-five-star', nameZh: '五星认证' },
    { min: 61, max: 80, outcome: 'certified', nameZh: '认证' },
    { min: 41, max: 60, outcome: 'conditional', nameZh: '有条件认证' },
    { min: 0, max: 40, outcome: 'not-certified', nameZh: '未认证' },
  ],
};
