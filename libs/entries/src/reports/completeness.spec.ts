import fc from 'fast-check';
import type { Answers } from '../form-definition';
import { SAMPLE_FORM } from '../test/sample-form';
import { CandidacyEntryFacts, completeness } from './completeness';

const CAT = 'c1';
const complete: Answers = {
  centre_name: 'Acme',
  seats: 120,
  has_outsourcing: 'no',
  channels: ['phone'],
  case_study: 'We cut waiting times by half.',
};

describe('completeness', () => {
  it('counts candidacies, started and submitted entries, and each required field left empty (hand-counted)', () => {
    const facts: CandidacyEntryFacts[] = [
      // telecom: one not started, one draft missing the partner (share 100 shows it), one submitted
      { categoryId: CAT, industryCode: 'telecom', entry: null },
      {
        categoryId: CAT,
        industryCode: 'telecom',
        entry: { state: 'draft', answers: { ...complete, has_outsourcing: 'yes', outsourcing_share: 100 } },
      },
      { categoryId: CAT, industryCode: 'telecom', entry: { state: 'submitted', answers: complete } },
      // finance: one draft with only the name
      { categoryId: CAT, industryCode: 'finance', entry: { state: 'draft', answers: { centre_name: 'B' } } },
      // another category: not counted here
      { categoryId: 'c2', industryCode: 'finance', entry: null },
    ];
    const [report] = completeness([{ categoryId: CAT, definition: SAMPLE_FORM }], facts, [
      'finance',
      'telecom',
    ]);
    const counts = (c: { missing: { key: string; count: number }[] }) =>
      Object.fromEntries(c.missing.map((m) => [m.key, m.count]));
    expect(report.total).toMatchObject({ candidacies: 4, started: 3, submitted: 1 });
    // not started: 5 fields; partner draft: outsourcing_partner; finance draft: 4 (all but the name)
    expect(counts(report.total)).toEqual({
      centre_name: 1,
      seats: 2,
      has_outsourcing: 2,
      outsourcing_share: 0,
      outsourcing_partner: 1,
      channels: 2,
      chat_vendor: 0,
      case_study: 2,
    });
    expect(report.industries.map((i) => i.industryCode)).toEqual(['finance', 'telecom']);
    expect(report.industries[0]).toMatchObject({ candidacies: 1, started: 1, submitted: 0 });
    expect(counts(report.industries[1])).toMatchObject({ centre_name: 1, seats: 1, outsourcing_partner: 1 });
    expect(report.total.missing.find((m) => m.key === 'seats')?.label).toEqual({ en: 'Seats', zh: '座席数' });
  });

  it('sums its industries into the total, and never counts more missing than candidacies', () => {
    const facts = fc.record({
      industryCode: fc.constantFrom('telecom', 'finance', 'postal'),
      entry: fc.option(
        fc.record({
          state: fc.constantFrom('draft' as const, 'submitted' as const),
          answers: fc.record(
            {
              centre_name: fc.constantFrom('', 'Acme'),
              seats: fc.constant(12),
              has_outsourcing: fc.constantFrom('yes', 'no'),
              outsourcing_share: fc.constantFrom(10, 100),
              channels: fc.subarray(['phone', 'chat']),
            },
            { requiredKeys: [] },
          ),
        }),
      ),
    });
    fc.assert(
      fc.property(fc.array(facts, { maxLength: 30 }), (list) => {
        const [report] = completeness(
          [{ categoryId: CAT, definition: SAMPLE_FORM }],
          list.map((f): CandidacyEntryFacts => ({ ...f, categoryId: CAT })),
          ['telecom'],
        );
        const sum = (pick: (c: (typeof report.industries)[number]) => number) =>
          report.industries.reduce((s, i) => s + pick(i), 0);
        return (
          report.total.candidacies === list.length &&
          sum((i) => i.candidacies) === report.total.candidacies &&
          sum((i) => i.started) === report.total.started &&
          sum((i) => i.submitted) === report.total.submitted &&
          report.total.submitted <= report.total.started &&
          report.total.missing.every(
            (m, k) => m.count === sum((i) => i.missing[k].count) && m.count <= report.total.candidacies,
          )
        );
      }),
    );
  });
});
