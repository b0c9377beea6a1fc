import { zonedLocalToIso } from './zoned-time';

describe('zonedLocalToIso', () => {
  it('reads the wall clock in the campaign’s zone', () => {
    expect(zonedLocalToIso('2027-05-01T09:00', 'Asia/Shanghai')).toBe('2027-05-01T01:00:00.000Z');
    expect(zonedLocalToIso('2027-05-01T09:00', 'UTC')).toBe('2027-05-01T09:00:00.000Z');
  });

  it('follows daylight saving time', () => {
    expect(zonedLocalToIso('2027-01-15T12:00', 'Europe/London')).toBe('2027-01-15T12:00:00.000Z');
    expect(zonedLocalToIso('2027-07-15T12:00', 'Europe/London')).toBe('2027-07-15T11:00:00.000Z');
  });

  it('gives null for an empty or malformed value', () => {
    expect(zonedLocalToIso('', 'UTC')).toBeNull();
    expect(zonedLocalToIso('tomorrow', 'UTC')).toBeNull();
  });
});
