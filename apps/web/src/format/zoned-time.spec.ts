import { instantToWallClock, wallClockToInstant } from './zoned-time';

describe("Schedule times on the campaign's wall clock", () => {
  it('reads a Beijing wall-clock time as the instant eight hours earlier in UTC', () => {
    expect(wallClockToInstant('2027-03-01T09:30', 'Asia/Shanghai')).toBe('2027-03-01T01:30:00.000Z');
    expect(instantToWallClock('2027-03-01T01:30:00.000Z', 'Asia/Shanghai')).toBe('2027-03-01T09:30');
  });

  it('follows summer time in zones that have it', () => {
    expect(wallClockToInstant('2027-07-01T12:00', 'Europe/Paris')).toBe('2027-07-01T10:00:00.000Z');
    expect(wallClockToInstant('2027-01-15T12:00', 'Europe/Paris')).toBe('2027-01-15T11:00:00.000Z');
  });

  it('round-trips every quarter hour of a day', () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
      const wall = `2027-05-20T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      expect(instantToWallClock(wallClockToInstant(wall, 'America/New_York'), 'America/New_York')).toBe(wall);
    }
  });

  it('keeps seconds, as an early move to a state stamps its opening to the second', () => {
    expect(wallClockToInstant('2027-03-01T09:30:15', 'Asia/Shanghai')).toBe('2027-03-01T01:30:15.000Z');
    expect(instantToWallClock('2027-03-01T01:30:15.000Z', 'Asia/Shanghai')).toBe('2027-03-01T09:30:15');
  });

  it('leaves empty and malformed values empty', () => {
    expect(wallClockToInstant('', 'UTC')).toBeNull();
    expect(wallClockToInstant('tomorrow', 'UTC')).toBeNull();
    expect(instantToWallClock(null, 'UTC')).toBe('');
  });
});

describe('wallClockToInstant, as the round and audit-log forms use it', () => {
  it('follows daylight saving time', () => {
    expect(wallClockToInstant('2027-01-15T12:00', 'Europe/London')).toBe('2027-01-15T12:00:00.000Z');
    expect(wallClockToInstant('2027-07-15T12:00', 'Europe/London')).toBe('2027-07-15T11:00:00.000Z');
  });

  it('gives null for an empty or malformed value', () => {
    expect(wallClockToInstant('', 'UTC')).toBeNull();
    expect(wallClockToInstant('tomorrow', 'UTC')).toBeNull();
  });
});
