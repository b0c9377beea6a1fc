import { barGeometry } from './ranking-scale';

describe("A ranking bar's geometry", () => {
  it('places the CSI and its interval as fractions of the 0-100 scale', () => {
    expect(barGeometry(75, 70, 80)).toEqual({ value: 0.75, low: 0.7, high: 0.8 });
  });
  it('keeps an interval that reaches past the scale inside the chart', () => {
    expect(barGeometry(98, 94, 102)).toEqual({ value: 0.98, low: 0.94, high: 1 });
  });
  it('draws no whisker for an interval without ends', () => {
    expect(barGeometry(50, null, null)).toEqual({ value: 0.5, low: null, high: null });
  });
});
