import { parseIsoInstant } from './iso-instant';
import { DEFAULT_METHODOLOGY } from './methodology';
import {
  buildItemIndex,
  checkResponse,
  fieldsFromJson,
  MAX_KEY_PROBLEMS,
  ResponseFields,
  RowContext,
} from './response-row';

const ENTERPRISE = '7d2c5e1a-3b4f-4a6d-8e9f-0a1b2c3d4e5f';
const OTHER = '5d1c2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const items = DEFAULT_METHODOLOGY.items;
const ctx: RowContext = {
  items,
  parameters: DEFAULT_METHODOLOGY.parameters,
  itemIndex: buildItemIndex(items),
  candidates: new Map([[ENTERPRISE, { enterpriseId: ENTERPRISE, industryCode: 'telecom' }]]),
  enterpriseIdByCreditCode: new Map([
    ['91350100M000100Y43', ENTERPRISE],
    ['91110000MA00000001', OTHER],
  ]),
  enterpriseIds: new Set([ENTERPRISE, OTHER]),
  windowOpens: new Date('2027-03-01T00:00:00Z'),
  windowCloses: new Date('2027-06-30T00:00:00Z'),
  latestSubmission: new Date('2027-06-01T00:00:00Z'),
};
const good = {
  enterpriseId: ENTERPRISE,
  respondentKey: 'r-1',
  submittedAt: '2027-05-03T10:15:00+08:00',
  channel: 'Phone',
  completionSeconds: 300,
  answers: {
    IMG: 8,
    EXP: 7,
    QUA1: 8,
    QUA2: 9,
    QUA3: 8,
    VAL1: 7,
    VAL2: 7,
    sat1: 8,
    SAT2: 8,
    SAT3: 7,
    CMP: 0,
    LOY1: 9,
    LOY2: 9,
  },
};
const check = (body: unknown) => checkResponse(fieldsFromJson(body, ctx) as ResponseFields, ctx);

describe('checking one response', () => {
  it('accepts a good one (item keys in any case), with its industry, scores and NPS band', () => {
    const r = check(good);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.response).toMatchObject({
      industryCode: 'telecom',
      channel: 'phone',
      nps: 'promoter',
      exclusion: null,
    });
    // SAT 8, 8, 7 -> (7 + 7 + 6) / 27 * 100 = 74.074074
    expect(r.response.scores.satisfaction).toBe(74_074_074);
  });

  it('finds the enterprise by credit code, and refuses a code that names another enterprise than the id', () => {
    expect(check({ ...good, enterpriseId: undefined, creditCode: '91350100m000100y43' }).ok).toBe(true);
    expect(check({ ...good, creditCode: '91110000MA00000001' })).toEqual({
      ok: false,
      problems: [
        {
          field: 'creditCode',
          message: expect.objectContaining({ en: 'names a different enterprise than enterpriseId' }),
        },
      ],
    });
  });

  it('reads an enterprise id in any case and with spaces around it as the id itself', () => {
    const loose = check({ ...good, enterpriseId: `  ${ENTERPRISE.toUpperCase()} ` });
    expect(loose.ok && loose.response.enterpriseId).toBe(ENTERPRISE);
    const withBlankCode = check({ ...good, creditCode: '   ' });
    expect(withBlankCode.ok && withBlankCode.response.enterpriseId).toBe(ENTERPRISE);
    const withOwnCode = check({ ...good, creditCode: ' 91350100m000100y43' });
    expect(withOwnCode.ok && withOwnCode.response.enterpriseId).toBe(ENTERPRISE);
  });

  it('keeps a respondent key sent as a number as its digits', () => {
    const fields = fieldsFromJson(good, ctx) as ResponseFields;
    for (const r of [
      check({ ...good, respondentKey: 4711 }),
      checkResponse({ ...fields, respondentKey: 4711 }, ctx),
    ])
      expect(r.ok && r.response.respondentKey).toBe('4711');
  });

  it('tells an unknown enterprise from one that is not an approved candidate', () => {
    const unknown = check({ ...good, enterpriseId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown).toEqual({
      ok: false,
      problems: [{ field: 'enterpriseId', message: expect.objectContaining({ en: 'unknown enterprise' }) }],
    });
    const notCandidate = check({ ...good, enterpriseId: OTHER });
    expect(notCandidate.ok || notCandidate.problems[0].message.en).toMatch(/not an approved candidate/);
  });

  it('names every bad field of a row at once', () => {
    const r = check({
      ...good,
      respondentKey: '',
      submittedAt: '2027-05-03 10:15',
      channel: 'fax',
      completionSeconds: 2.5,
      answers: { ...good.answers, SAT1: 11, LOY2: 'high', MOOD: 3 },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.field).sort()).toEqual(
      [
        'answers.LOY2',
        'answers.MOOD',
        'answers.SAT1',
        'channel',
        'completionSeconds',
        'respondentKey',
        'submittedAt',
      ].sort(),
    );
  });

  it('refuses submissions outside the survey window and in the future', () => {
    const early = check({ ...good, submittedAt: '2027-02-28T23:59:59Z' });
    expect(early.ok || early.problems[0].message.en).toMatch(/outside the survey window/);
    const future = check({ ...good, submittedAt: '2027-06-15T00:00:00Z' });
    expect(future.ok || future.problems[0].message.en).toBe('lies in the future');
  });

  it('refuses times that are not on the calendar, and control characters in respondent keys', () => {
    for (const submittedAt of [
      '2027-02-30T10:00:00Z',
      '2027-04-31T10:00:00+08:00',
      '2027-05-03T24:00:00Z',
      '2027-13-01T00:00:00Z',
    ]) {
      const r = check({ ...good, submittedAt });
      expect(r.ok || r.problems[0].message.en).toMatch(/^malformed value/);
    }
    expect(parseIsoInstant('2028-02-29T10:00:00Z')).toBe(Date.UTC(2028, 1, 29, 10));
    expect(parseIsoInstant('2027-02-29T10:00:00Z')).toBeNaN();
    const nul = check({ ...good, respondentKey: 'r\u00001' });
    expect(nul).toEqual({
      ok: false,
      problems: [
        {
          field: 'respondentKey',
          message: expect.objectContaining({ en: 'must not contain control characters' }),
        },
      ],
    });
  });

  it('refuses fields that are not response fields, and a row that is not an object', () => {
    expect(fieldsFromJson({ ...good, score: 99 }, ctx)).toEqual([
      { field: 'score', message: expect.objectContaining({ en: 'is not a response field' }) },
    ]);
    expect(fieldsFromJson([1, 2], ctx)).toEqual([
      { field: '(row)', message: expect.objectContaining({ en: 'malformed row: must be a JSON object' }) },
    ]);
  });

  it('names a row of thousands of unknown keys in one problem, not one per key', () => {
    const keys = (n: number, prefix: string) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, 0]));
    expect(fieldsFromJson({ ...good, answers: { ...good.answers, ...keys(50_000, 'Z') } }, ctx)).toEqual([
      {
        field: 'answers',
        message: expect.objectContaining({ en: '50000 unknown item keys (at most 20 are listed)' }),
      },
    ]);
    expect(fieldsFromJson({ ...good, ...keys(50_000, 'x') }, ctx)).toEqual([
      {
        field: '(row)',
        message: expect.objectContaining({ en: '50000 properties that are not response fields' }),
      },
    ]);
    const few = fieldsFromJson(
      { ...good, answers: { ...good.answers, ...keys(MAX_KEY_PROBLEMS, 'Z') } },
      ctx,
    );
    expect((few as ResponseFields).unknownKeys).toHaveLength(MAX_KEY_PROBLEMS);
  });
});
