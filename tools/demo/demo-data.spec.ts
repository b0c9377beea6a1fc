import { isValidCreditCode } from '@app/enterprises';
import { DEMO_INDUSTRIES, medianOfCounts, planDemo, seededRandom, writeResponses } from './demo-data';

describe('the demo data generator', () => {
  it('gives the same stream for the same seed, and another for another seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(seededRandom(8)()).not.toBe(first[0]);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('takes medians of counted values by hand: odd and even totals', () => {
    expect(
      medianOfCounts(
        new Map([
          [1, 1],
          [5, 1],
          [9, 1],
        ]),
      ),
    ).toBe(5);
    expect(
      medianOfCounts(
        new Map([
          [10, 2],
          [20, 2],
        ]),
      ),
    ).toBe(15); // 10 10 20 20
    expect(
      medianOfCounts(
        new Map([
          [3, 5],
          [100, 1],
        ]),
      ),
    ).toBe(3);
  });

  it('plans 50 enterprises per industry at full scale, with valid and unique credit codes', () => {
    const plan = planDemo(2027, 1, 5);
    expect(plan.enterprises).toHaveLength(600);
    expect(plan.industries.map((i) => i.code)).toEqual(DEMO_INDUSTRIES);
    expect(plan.enterprises.every((e) => isValidCreditCode(e.creditCode))).toBe(true);
    expect(new Set(plan.enterprises.map((e) => e.creditCode)).size).toBe(600);
    const total = plan.enterprises.reduce((n, e) => n + e.responses, 0);
    expect(Math.abs(total - 1_000_000)).toBeLessThan(1_000);
    expect(plan.enterprises.filter((e) => e.responses < 100).length).toBeGreaterThan(10);
    // Another salt changes the codes only.
    const other = planDemo(2027, 1, 6);
    expect(other.enterprises.map((e) => e.responses)).toEqual(plan.enterprises.map((e) => e.responses));
    expect(other.enterprises[0].creditCode).not.toBe(plan.enterprises[0].creditCode);
  });

  it('counts what it writes: every row is stored, a duplicate or malformed, and the file has that many lines', async () => {
    const plan = planDemo(3, 0.01, 1);
    let text = '';
    const outcome = await writeResponses(plan, new Date(Date.now() - 86_400_000), (chunk) => {
      text += chunk;
      return Promise.resolve();
    });
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(outcome.rows + 1);
    expect(outcome.stored + outcome.duplicates + outcome.malformed).toBe(outcome.rows);
    expect(outcome.enterprises.reduce((n, x) => n + x.valid, 0)).toBe(outcome.stored - outcome.speeders);
    expect(lines.filter((l) => l.includes(',11,') || l.includes('n/a')).length).toBeGreaterThanOrEqual(
      outcome.malformed,
    );
  });
});
