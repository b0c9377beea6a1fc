import { DEFECTS, malformedRow, originalRow, resentRow, surveyPopulation } from './survey-rows';

const enterprises = Array.from({ length: 6 }, (_, i) => ({
  id: `00000000-0000-4000-8000-00000000000${i}`,
  industryCode: i < 3 ? 'telecom' : 'finance',
}));
const pop = surveyPopulation(
  3,
  enterprises,
  { startMs: Date.UTC(2027, 0, 1), endMs: Date.UTC(2027, 1, 1) },
  100,
);

describe('survey rows', () => {
  it('makes a respondent again from its serial alone', () => {
    expect(originalRow(pop, 17, 'utc')).toEqual(originalRow(pop, 17, 'utc'));
    expect(originalRow(pop, 17, 'utc').respondentKey).toBe('R00000017');
    expect(originalRow(pop, 18, 'utc')).not.toEqual(originalRow(pop, 17, 'utc'));
  });

  it('resends a respondent to the same enterprise, later, with another completion time', () => {
    const first = originalRow(pop, 40, 'utc');
    for (const resend of [1, 2, 17, 18]) {
      const again = resentRow(pop, 40, resend, 'utc');
      expect(again.enterpriseId).toBe(first.enterpriseId);
      expect(again.respondentKey).toBe(first.respondentKey);
      expect(again.completionSeconds).toBe(first.completionSeconds + 1 + (resend % 17));
      expect(Date.parse(again.submittedAt)).toBeGreaterThan(Date.parse(first.submittedAt));
    }
  });

  it('answers within each item’s scale, CMP 0 or 1 and LOY2 from 0', () => {
    for (let s = 0; s < 300; s++) {
      const { answers } = originalRow(pop, s, 'offset');
      answers.forEach((a, k) => {
        if (a === null) return;
        const [min, max] = k === 10 ? [0, 1] : k === 12 ? [0, 10] : [1, 10];
        expect(a).toBeGreaterThanOrEqual(min);
        expect(a).toBeLessThanOrEqual(max);
      });
    }
  });

  it('spoils a malformed row one way, under a key of its own', () => {
    const bad = Array.from({ length: 200 }, (_, i) => malformedRow(pop, i, 'offset'));
    expect(new Set(bad.map((r) => r.defect))).toEqual(new Set(DEFECTS));
    expect(new Set(bad.map((r) => r.respondentKey)).size).toBe(200);
    expect(bad.every((r) => r.respondentKey.startsWith('RX'))).toBe(true);
  });
});
