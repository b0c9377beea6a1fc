import fc from 'fast-check';
import type { FormField } from '../form-definition';
import { fieldOf } from '../forms/form-fields';
import { SAMPLE_FORM } from '../test/sample-form';
import {
  answerProblems,
  characters,
  isCalendarDate,
  isWebAddress,
  normalizedAnswer,
} from './answer-problems';

const field = (key: string) => fieldOf(SAMPLE_FORM, key) as FormField;
const problems = (key: string, value: unknown) => answerProblems(field(key), value);
const paths = (key: string, value: unknown) => problems(key, value).map((p) => p.field);
const english = (key: string, value: unknown) => problems(key, value).map((p) => p.message.en);
const DOC = '3f1c2b7a-9d4e-4f6a-8b2c-1d0e9f8a7b6c';
const DOC2 = '4a2d3c8b-0e5f-4a7b-9c3d-2e1f0a9b8c7d';

describe('answerProblems', () => {
  it('lets null, absent and blank answers clear any field', () => {
    for (const f of ['centre_name', 'seats', 'channels', 'launched', 'sites', 'evidence'])
      for (const value of [null, undefined, '', '  ']) expect(problems(f, value)).toEqual([]);
  });

  it('short text: one line, measured trimmed and in characters', () => {
    expect(problems('centre_name', '  Acme  ')).toEqual([]);
    // 20 Chinese characters are 20 characters, not 60 bytes
    expect(problems('centre_name', '客'.repeat(20))).toEqual([]);
    expect(english('centre_name', '客'.repeat(21))).toEqual(['must be 0 to 20 characters (it has 21)']);
    expect(english('centre_name', 'two\nlines')).toEqual(['must be one line']);
    expect(english('centre_name', 42)).toEqual(['must be a text']);
  });

  it('long text: its minimum and maximum length', () => {
    expect(english('case_study', 'too short')).toEqual(['must be 10 to 200 characters (it has 9)']);
    expect(problems('case_study', 'Waiting times\nhalved in 2026.')).toEqual([]);
    expect(problems('case_study', 'x'.repeat(201))[0].message.zh).toBe(
      '必须是 10 到 200 个字符（现为 201 个）',
    );
  });

  it('number: a JSON number within range, whole when the field says so', () => {
    expect(problems('seats', 120)).toEqual([]);
    expect(english('seats', '120')).toEqual(['must be a number']);
    expect(english('seats', 12.5)).toEqual(['must be a whole number']);
    expect(english('seats', 0)).toEqual(['must be between 1 and 5000']);
    expect(english('seats', 5001)).toEqual(['must be between 1 and 5000']);
    expect(problems('outsourcing_share', 37.5)).toEqual([]);
    expect(english('outsourcing_share', Number.POSITIVE_INFINITY)).toEqual(['must be a number']);
  });

  it('single choice: one of the option values', () => {
    expect(problems('has_outsourcing', 'yes')).toEqual([]);
    expect(english('has_outsourcing', 'Yes')).toEqual(['must be one of yes, no']);
    expect(english('has_outsourcing', ['yes'])).toEqual(['must be one of yes, no']);
  });

  it('multiple choice: known values, each once, within the count limits', () => {
    expect(problems('channels', ['phone', 'chat'])).toEqual([]);
    expect(english('channels', ['phone', 'fax'])).toEqual([
      'fax is not an option; options: phone, chat, email, social',
    ]);
    expect(english('channels', ['phone', 'phone'])).toEqual(['lists an option twice']);
    expect(english('channels', ['phone', 'chat', 'email', 'social'])).toEqual([
      'choose 1 to 3 options (4 chosen)',
    ]);
    expect(english('channels', 'phone')).toEqual(['must be a list of option values']);
    expect(problems('channels', [])).toEqual([]);
  });

  it('date: YYYY-MM-DD naming a real day', () => {
    expect(problems('launched', '2028-02-29')).toEqual([]);
    expect(english('launched', '2027-02-29')).toEqual(['must be a date written YYYY-MM-DD']);
    expect(english('launched', '2027-13-01')).toEqual(['must be a date written YYYY-MM-DD']);
    expect(english('launched', '27-01-01')).toEqual(['must be a date written YYYY-MM-DD']);
  });

  it('url: http or https only', () => {
    expect(problems('website', 'https://care.example.cn/path?q=1')).toEqual([]);
    expect(problems('website', 'http://example.com')).toEqual([]);
    for (const bad of ['ftp://example.com', 'javascript:alert(1)', 'example.com', 'https://exa mple.com'])
      expect(english('website', bad)).toEqual(['must be an http or https address']);
  });

  it('email: an address', () => {
    expect(problems('contact_email', 'zhang.min@example.cn')).toEqual([]);
    expect(english('contact_email', 'zhang.min@')).toEqual(['must be an email address']);
    expect(english('contact_email', `${'a'.repeat(250)}@b.cn`)).toEqual(['must be an email address']);
  });

  it('file: a list of distinct document ids within the count', () => {
    expect(problems('evidence', [DOC, DOC2])).toEqual([]);
    expect(english('evidence', [DOC, DOC2, '5b3e4d9c-1f6a-4b8c-8d4e-3f2a1b0c9d8e'])).toEqual([
      'at most 2 files (3 given)',
    ]);
    expect(english('evidence', [DOC, DOC])).toEqual(['lists a document twice']);
    expect(english('evidence', ['report.pdf'])).toEqual(['must be a list of document ids']);
  });

  it('table: rows of typed cells by column key, required cells filled, within the row count', () => {
    expect(
      problems('sites', [{ city: 'Shenzhen', seats: 120, opened: '2019-05-01' }, { city: 'Xi’an' }]),
    ).toEqual([]);
    expect(
      paths('sites', [{ city: ' ', seats: '120' }, { city: 'Wuhan', opened: '2019-02-30', floor: 3 }, 'row']),
    ).toEqual(['sites[0].city', 'sites[0].seats', 'sites[1].floor', 'sites[1].opened', 'sites[2]']);
    expect(english('sites', [{ city: 'a' }, { city: 'b' }, { city: 'c' }, { city: 'd' }])).toEqual([
      'must have 0 to 3 rows (it has 4)',
    ]);
    expect(english('sites', { city: 'a' })).toEqual(['must be a list of rows']);
  });

  it('names the path given, for a batch', () => {
    expect(answerProblems(field('sites'), [{ seats: 1 }], 'answers.sites').map((p) => p.field)).toEqual([
      'answers.sites[0].city',
    ]);
  });
});

describe('normalizedAnswer', () => {
  it('trims texts, clears blanks and empty lists, and fills every column of a row', () => {
    expect(normalizedAnswer(field('centre_name'), '  Acme ')).toBe('Acme');
    expect(normalizedAnswer(field('centre_name'), '   ')).toBeNull();
    expect(normalizedAnswer(field('channels'), [])).toBeNull();
    expect(normalizedAnswer(field('seats'), 12)).toBe(12);
    expect(normalizedAnswer(field('sites'), [{ city: ' Wuhan ', opened: '' }])).toEqual([
      { city: 'Wuhan', seats: null, opened: null },
    ]);
  });
});

describe('properties', () => {
  it('counts characters as people do', () => {
    expect(characters('客服😀')).toBe(3);
  });

  it('accepts every real date written YYYY-MM-DD, and its normalised form is itself', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }),
        (d) => {
          const text = d.toISOString().slice(0, 10);
          return isCalendarDate(text) && problems('launched', text).length === 0;
        },
      ),
    );
  });

  it('accepts a short text exactly when its trimmed length is within the limit', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }).filter((s) => !/[\r\n]/.test(s)),
        (s) => {
          const n = characters(s.trim());
          return (problems('centre_name', s).length === 0) === n <= 20;
        },
      ),
    );
  });

  it('accepts a number exactly when it is a whole number from 1 to 5000', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -10, max: 6000 }), fc.double({ noNaN: true })), (n) => {
        const ok = Number.isInteger(n) && n >= 1 && n <= 5000;
        return (problems('seats', n).length === 0) === ok;
      }),
    );
  });

  it('accepts any http(s) address URL can parse with a host', () => {
    fc.assert(fc.property(fc.webUrl({ validSchemes: ['http', 'https'] }), (url) => isWebAddress(url)));
  });
});
