import fc from 'fast-check';
import {
  countsAtThreshold,
  NO_COMPLETION_TIME,
  TotalsWindow,
  windowAround,
  windowFor,
  windowHolds,
  windowKey,
} from './totals-window';

/** Responses per seconds key, as the totals table keeps them. */
function keyed(window: TotalsWindow | null, seconds: (number | null)[]): Map<number, number> {
  const byKey = new Map<number, number>();
  for (const s of seconds) {
    const key = windowKey(window, s);
    byKey.set(key, (byKey.get(key) ?? 0) + 1);
  }
  return byKey;
}

/** What validTotalsQuery sums: the rows whose key counts at the threshold. */
const countedFromKeys = (byKey: Map<number, number>, threshold: number | null) =>
  [...byKey].reduce((sum, [key, n]) => sum + (countsAtThreshold(key, threshold) ? n : 0), 0);

/** The full recomputation: the speeding rule applied to every response's own time. */
const countedFromResponses = (seconds: (number | null)[], threshold: number | null) =>
  seconds.filter((s) => s === null || threshold === null || s >= threshold).length;

const completionTimes = fc.array(fc.option(fc.integer({ min: 0, max: 4000 }), { nil: null }), {
  maxLength: 300,
});
const threshold = fc.double({ min: 0, max: 2000, noNaN: true });

describe('totals window', () => {
  it('is drawn 25 % either side of the threshold, in whole seconds', () => {
    expect(windowAround(240)).toEqual({ firstSecond: 180, lastSecond: 300 });
    expect(windowAround(241.2)).toEqual({ firstSecond: 180, lastSecond: 302 });
    expect(windowAround(null)).toBeNull();
  });

  it('keeps its lowest folded row clear of the key for no completion time', () => {
    expect(windowAround(0.5)).toEqual({ firstSecond: 1, lastSecond: 1 });
    expect(windowKey(windowAround(0.5), 0)).toBe(0);
    expect(windowKey(windowAround(0.5), null)).toBe(NO_COMPLETION_TIME);
  });

  it('folds the seconds outside it onto the seconds just beyond its ends', () => {
    const w = { firstSecond: 180, lastSecond: 300 };
    expect([20, 179, 180, 250, 300, 301, 900].map((s) => windowKey(w, s))).toEqual([
      179, 179, 180, 250, 300, 301, 301,
    ]);
  });

  it('holds the thresholds between its folded rows, and any with no window or no threshold', () => {
    const w = { firstSecond: 180, lastSecond: 300 };
    expect(windowHolds(w, 179)).toBe(false);
    expect(windowHolds(w, 179.01)).toBe(true);
    expect(windowHolds(w, 301)).toBe(true);
    expect(windowHolds(w, 301.01)).toBe(false);
    expect(windowHolds(null, 5)).toBe(true);
    expect(windowHolds(w, null)).toBe(true);
  });

  it('holds the threshold it was drawn around', () => {
    fc.assert(fc.property(threshold, (t) => windowHolds(windowAround(t), t)));
  });

  it('counts exactly what a full recomputation counts, for every threshold it holds', () => {
    fc.assert(
      fc.property(completionTimes, threshold, threshold, (seconds, drawnAround, applied) => {
        const window = windowAround(drawnAround);
        fc.pre(windowHolds(window, applied));
        const byKey = keyed(window, seconds);
        expect(countedFromKeys(byKey, applied)).toBe(countedFromResponses(seconds, applied));
        expect(countedFromKeys(byKey, null)).toBe(seconds.length);
      }),
      { numRuns: 500 },
    );
  });

  it('needs a rebuild for a threshold outside it: folding would then miscount', () => {
    const w = windowAround(240)!;
    const seconds = [100, 150, 170];
    expect(windowHolds(w, 160)).toBe(false);
    expect(countedFromKeys(keyed(w, seconds), 160)).not.toBe(countedFromResponses(seconds, 160));
  });

  it('keeps the window while it holds, draws one when there is none or it no longer holds', () => {
    const w = windowAround(240)!;
    expect(windowFor(w, 250)).toBe(w);
    expect(windowFor(w, null)).toBe(w);
    expect(windowFor(w, 100)).toEqual(windowAround(100));
    expect(windowFor(null, 240)).toEqual(w);
    expect(windowFor(null, null)).toBeNull();
  });

  it('gives a window that holds the threshold, or none when there is no threshold', () => {
    fc.assert(
      fc.property(fc.option(threshold, { nil: null }), threshold, (t, earlier) => {
        expect(windowHolds(windowFor(windowAround(earlier), t), t)).toBe(true);
      }),
    );
  });

  it('folds nothing without a window', () => {
    fc.assert(
      fc.property(completionTimes, threshold, (seconds, t) => {
        expect(countedFromKeys(keyed(null, seconds), t)).toBe(countedFromResponses(seconds, t));
      }),
    );
  });
});
