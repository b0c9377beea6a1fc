import { formatDate, formatDateTime, formatNumber, formatPercent } from './format';

// Node's Intl is the same ICU as the browser's: what passes here formats there.
describe('Formatting for people', () => {
  const moment = '2027-03-31T10:00:00.000Z';

  it("shows a moment in the campaign's time zone, naming the zone, in either language", () => {
    expect(formatDateTime(moment, 'Asia/Shanghai', 'en')).toMatch(/Mar 31, 2027.*18:00.*GMT\+8/);
    expect(formatDateTime(moment, 'Europe/London', 'en')).toMatch(/11:00.*GMT\+1|11:00.*BST/);
    expect(formatDateTime(moment, 'Asia/Shanghai', 'zh')).toMatch(/2027年3月31日.*18:00/);
  });

  it('shows a dash for a missing or unreadable moment, never "Invalid Date"', () => {
    expect(formatDateTime(null, 'Asia/Shanghai', 'en')).toBe('—');
    expect(formatDateTime('not a date', 'Asia/Shanghai', 'en')).toBe('—');
    expect(formatDate(undefined, 'UTC', 'zh')).toBe('—');
  });

  it('formats numbers per locale with the decimals asked for', () => {
    expect(formatNumber(1234567.891, 'en', 1)).toBe('1,234,567.9');
    expect(formatNumber(81.5, 'zh', 2)).toBe('81.50');
    expect(formatPercent(62.25, 'en')).toBe('62.3%');
    expect(formatNumber(Number.NaN, 'en')).toBe('—');
  });
});
