import fc from 'fast-check';
import type { Answers } from '../form-definition';
import { SAMPLE_FORM } from '../test/sample-form';
import { fieldsOf, isEmptyAnswer, missingAnswers, visibleAnswers, visibleFields } from './form-fields';

const ALWAYS = [
  'centre_name',
  'seats',
  'has_outsourcing',
  'channels',
  'case_study',
  'launched',
  'website',
  'contact_email',
  'evidence',
  'sites',
];
const keys = (list: { key: string }[]) => list.map((f) => f.key);

describe('fieldsOf', () => {
  it('lists every field section by section', () => {
    expect(keys(fieldsOf(SAMPLE_FORM))).toEqual([
      'centre_name',
      'seats',
      'has_outsourcing',
      'outsourcing_share',
      'outsourcing_partner',
      'channels',
      'chat_vendor',
      'case_study',
      'launched',
      'website',
      'contact_email',
      'evidence',
      'sites',
    ]);
  });
});

describe('visibleFields', () => {
  it('shows fields without a condition, in form order, when nothing is answered', () => {
    expect(visibleFields(SAMPLE_FORM, {})).toEqual(ALWAYS);
  });

  it('shows a field whose single-choice, number or multiple-choice source holds one of its values', () => {
    const shown = visibleFields(SAMPLE_FORM, {
      has_outsourcing: 'yes',
      outsourcing_share: 100,
      channels: ['phone', 'chat'],
    });
    expect(shown).toEqual([
      'centre_name',
      'seats',
      'has_outsourcing',
      'outsourcing_share',
      'outsourcing_partner',
      'channels',
      'chat_vendor',
      ...ALWAYS.slice(4),
    ]);
    expect(visibleFields(SAMPLE_FORM, { has_outsourcing: 'yes', outsourcing_share: 60 })).toContain(
      'outsourcing_share',
    );
    expect(visibleFields(SAMPLE_FORM, { has_outsourcing: 'yes', outsourcing_share: 60 })).not.toContain(
      'outsourcing_partner',
    );
  });

  it('hides a field whose source is hidden, whatever the hidden answer says', () => {
    // outsourcing_share still holds 100 from before, but "no" hides it, and with it the partner.
    const shown = visibleFields(SAMPLE_FORM, { has_outsourcing: 'no', outsourcing_share: 100 });
    expect(shown).not.toContain('outsourcing_share');
    expect(shown).not.toContain('outsourcing_partner');
  });
});

describe('missingAnswers', () => {
  it('lists the required fields that show and are empty', () => {
    expect(keys(missingAnswers(SAMPLE_FORM, {}))).toEqual([
      'centre_name',
      'seats',
      'has_outsourcing',
      'channels',
      'case_study',
    ]);
    expect(
      keys(
        missingAnswers(SAMPLE_FORM, {
          centre_name: 'Acme',
          seats: 120,
          has_outsourcing: 'yes',
          outsourcing_share: 100,
          channels: ['chat'],
          case_study: '   ',
        }),
      ),
    ).toEqual(['outsourcing_partner', 'chat_vendor', 'case_study']);
  });

  it('does not require a hidden field, even a required one', () => {
    const complete: Answers = {
      centre_name: 'Acme',
      seats: 120,
      has_outsourcing: 'no',
      channels: ['phone'],
      case_study: 'We cut waiting times by half.',
    };
    expect(missingAnswers(SAMPLE_FORM, complete)).toEqual([]);
  });
});

describe('visibleAnswers', () => {
  it('keeps only the non-empty answers of fields that show', () => {
    expect(
      visibleAnswers(SAMPLE_FORM, {
        centre_name: 'Acme',
        has_outsourcing: 'no',
        outsourcing_share: 40,
        outsourcing_partner: 'Partner Co',
        channels: [],
      }),
    ).toEqual({ centre_name: 'Acme', has_outsourcing: 'no' });
  });
});

describe('properties', () => {
  const answers = fc.record(
    {
      centre_name: fc.oneof(fc.constant(''), fc.string({ maxLength: 5 })),
      seats: fc.integer({ min: 1, max: 5000 }),
      has_outsourcing: fc.constantFrom('yes', 'no'),
      outsourcing_share: fc.constantFrom(0, 50, 100),
      outsourcing_partner: fc.string({ maxLength: 5 }),
      channels: fc.subarray(['phone', 'chat', 'email', 'social']),
      chat_vendor: fc.string({ maxLength: 5 }),
      case_study: fc.string({ maxLength: 12 }),
    },
    { requiredKeys: [] },
  );

  it('missing fields are required, visible and empty; visible answers are visible and non-empty', () => {
    fc.assert(
      fc.property(answers, (a: Answers) => {
        const shown = new Set(visibleFields(SAMPLE_FORM, a));
        const missingOk = missingAnswers(SAMPLE_FORM, a).every(
          (f) => f.required && shown.has(f.key) && isEmptyAnswer(a[f.key]),
        );
        const visibleOk = Object.keys(visibleAnswers(SAMPLE_FORM, a)).every(
          (k) => shown.has(k) && !isEmptyAnswer(a[k]),
        );
        return missingOk && visibleOk;
      }),
    );
  });

  it('fields without a condition always show, and a field shows only if its source does', () => {
    fc.assert(
      fc.property(answers, (a: Answers) => {
        const shown = new Set(visibleFields(SAMPLE_FORM, a));
        return fieldsOf(SAMPLE_FORM).every((f) =>
          f.showWhen ? !shown.has(f.key) || shown.has(f.showWhen.field) : shown.has(f.key),
        );
      }),
    );
  });

  it('an entry with no missing answer stays complete when hidden fields change', () => {
    fc.assert(
      fc.property(answers, fc.string({ maxLength: 5 }), (a: Answers, noise) => {
        if (missingAnswers(SAMPLE_FORM, a).length > 0) return true;
        const shown = new Set(visibleFields(SAMPLE_FORM, a));
        const changed = { ...a };
        for (const f of fieldsOf(SAMPLE_FORM))
          if (!shown.has(f.key) && f.type === 'short-text') changed[f.key] = noise;
        return missingAnswers(SAMPLE_FORM, changed).length === 0;
      }),
    );
  });
});
