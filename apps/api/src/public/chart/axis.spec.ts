import fc from 'fast-check';
import { fittedAxis } from './axis';

const CSI: [number, number] = [0, 100];
const NPS: [number, number] = [-100, 100];

describe('the fitted axis', () => {
  it('fits CSI 81.9 to 87.3 as 80 to 88 in steps of 2, not 0 to 100', () => {
    expect(fittedAxis([81.9, 87.3], CSI)).toEqual({ from: 80, to: 88, ticks: [80, 82, 84, 86, 88] });
  });

  it('takes interval ends into account, not only the dots', () => {
    // 62.0 to 91.4, padded by 1.47 each side: steps of 5 need 8 ticks, steps of 10 need 5.
    expect(fittedAxis([70.2, 62, 91.4, 88], CSI)).toEqual({
      from: 60,
      to: 100,
      ticks: [60, 70, 80, 90, 100],
    });
  });

  it('steps by 2.5 where 2 would need too many ticks and 5 would be coarse', () => {
    // 71.5 to 80.5 padded to 71.05..80.95: steps of 2 give 70..82 (7 ticks), 2.5 give 70..82.5 (6).
    expect(fittedAxis([71.5, 80.5], CSI)).toEqual({
      from: 70,
      to: 82.5,
      ticks: [70, 72.5, 75, 77.5, 80, 82.5],
    });
  });

  it('gives a single value a range of a twentieth of the domain around it', () => {
    // 50 ± 2.5, padded by 0.25: steps of 1 need 7 ticks, steps of 2 need 5.
    expect(fittedAxis([50], CSI)).toEqual({ from: 46, to: 54, ticks: [46, 48, 50, 52, 54] });
    // 12 ± 5, padded by 0.5: steps of 2 need 7 ticks, steps of 2.5 need 6.
    expect(fittedAxis([12, 12, 12], NPS)).toEqual({ from: 5, to: 17.5, ticks: [5, 7.5, 10, 12.5, 15, 17.5] });
  });

  it('never leaves the domain, even for values on its edge or beyond it', () => {
    // The twentieth of the domain is kept inside it: 95 to 100, not 97.25 to 102.25 cut at 100.
    expect(fittedAxis([100, 99.5], CSI)).toEqual({ from: 94, to: 100, ticks: [94, 96, 98, 100] });
    expect(fittedAxis([-100, -80], NPS)).toEqual({
      from: -100,
      to: -75,
      ticks: [-100, -95, -90, -85, -80, -75],
    });
    expect(fittedAxis([-3, 104], CSI)).toEqual({ from: 0, to: 100, ticks: [0, 20, 40, 60, 80, 100] });
  });

  it('spans NPS across zero', () => {
    // -20 to 48 padded to -23.4..51.4: steps of 10 need 10 ticks, steps of 20 need 6.
    expect(fittedAxis([-12, 35, -20, 48], NPS)).toEqual({
      from: -40,
      to: 60,
      ticks: [-40, -20, 0, 20, 40, 60],
    });
  });

  it('falls back to the whole domain without data', () => {
    expect(fittedAxis([], CSI)).toEqual({ from: 0, to: 100, ticks: [0, 20, 40, 60, 80, 100] });
    expect(fittedAxis([NaN, Infinity], NPS)).toEqual({ from: -100, to: 100, ticks: [-100, -50, 0, 50, 100] });
  });

  it('honours a smaller tick budget', () => {
    expect(fittedAxis([81.9, 87.3], CSI, 3)).toEqual({ from: 80, to: 90, ticks: [80, 85, 90] });
  });

  const domains = fc.constantFrom<[number, number]>(CSI, NPS, [0, 10], [-50, 250]);
  const data = domains.chain((domain) =>
    fc.tuple(
      fc.constant(domain),
      fc.array(fc.double({ min: domain[0], max: domain[1], noNaN: true }), { minLength: 1, maxLength: 60 }),
      fc.integer({ min: 3, max: 12 }),
    ),
  );

  it('holds every value, with ascending, evenly spaced ticks inside the range and the domain', () => {
    fc.assert(
      fc.property(data, ([domain, values, maxTicks]) => {
        const { from, to, ticks } = fittedAxis(values, domain, maxTicks);
        expect(from).toBeLessThan(to);
        expect(from).toBeGreaterThanOrEqual(domain[0]);
        expect(to).toBeLessThanOrEqual(domain[1]);
        for (const v of values) {
          expect(v).toBeGreaterThanOrEqual(from);
          expect(v).toBeLessThanOrEqual(to);
        }
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks.length).toBeLessThanOrEqual(maxTicks);
        expect(ticks[0]).toBeGreaterThanOrEqual(from);
        expect(ticks[ticks.length - 1]).toBeLessThanOrEqual(to);
        const step = Number((ticks[1] - ticks[0]).toPrecision(10));
        expect(step).toBeGreaterThan(0);
        for (let i = 1; i < ticks.length; i++) expect(ticks[i] - ticks[i - 1]).toBeCloseTo(step, 9);
        // A nice step: 1, 2, 2.5 or 5 times a power of ten.
        const mantissa = Number((step / 10 ** Math.floor(Math.log10(step))).toPrecision(6));
        expect([1, 2, 2.5, 5]).toContain(mantissa);
      }),
    );
  });

  it('does not zoom in on differences smaller than a twentieth of the domain', () => {
    fc.assert(
      fc.property(data, ([domain, values]) => {
        const { from, to } = fittedAxis(values, domain);
        expect(to - from).toBeGreaterThanOrEqual(
          Math.min((domain[1] - domain[0]) / 20, domain[1] - domain[0]) - 1e-9,
        );
      }),
    );
  });
});
