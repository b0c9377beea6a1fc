import { scheduleOf } from '@app/campaigns';
import { industryRows, nextScheduledTransition } from './campaign-dashboard';

const counts = () => ({ candidacies: 0, started: 0, submitted: 0, missing: [] });

describe('the organizer dashboard', () => {
  it('sums registrations, entries over categories and responses per industry, in the campaign order', () => {
    const rows = industryRows(
      ['telecom', 'finance', 'consumer'],
      [
        {
          industryCode: 'finance',
          total: 4,
          byState: { submitted: 1, approved: 1, rejected: 1, withdrawn: 1 },
        },
        {
          industryCode: 'telecom',
          total: 3,
          byState: { submitted: 0, approved: 3, rejected: 0, withdrawn: 0 },
        },
      ],
      [
        {
          categoryId: 'a',
          total: { ...counts(), candidacies: 5 },
          industries: [
            { ...counts(), industryCode: 'telecom', candidacies: 3, started: 2, submitted: 1 },
            { ...counts(), industryCode: 'finance', candidacies: 2, started: 1, submitted: 0 },
          ],
        },
        {
          categoryId: 'b',
          total: { ...counts(), candidacies: 1 },
          industries: [{ ...counts(), industryCode: 'telecom', candidacies: 1, started: 1, submitted: 1 }],
        },
      ],
      [{ industryCode: 'telecom', sequence: 4, counts: { stored: 120, valid: 110 } }],
    );
    expect(rows.map((r) => r.industryCode)).toEqual(['telecom', 'finance', 'consumer']);
    expect(rows[0]).toEqual({
      industryCode: 'telecom',
      registrations: { total: 3, submitted: 0, approved: 3, refused: 0 },
      entries: { expected: 4, started: 3, submitted: 2 },
      responses: { stored: 120, valid: 110, snapshotSequence: 4 },
    });
    expect(rows[1].registrations).toEqual({ total: 4, submitted: 1, approved: 1, refused: 2 });
    expect(rows[1].responses).toBeNull();
    expect(rows[2]).toEqual({
      industryCode: 'consumer',
      registrations: { total: 0, submitted: 0, approved: 0, refused: 0 },
      entries: { expected: 0, started: 0, submitted: 0 },
      responses: null,
    });
  });

  it('names the next scheduled move, or none when its date is open or the campaign is at its end', () => {
    const at = new Date('2027-06-01T01:00:00Z');
    const schedule = scheduleOf({ surveyOpensAt: at } as never);
    expect(nextScheduledTransition('registration', schedule)).toEqual({ state: 'survey', at });
    expect(nextScheduledTransition('survey', schedule)).toBeNull();
    expect(nextScheduledTransition('archived', schedule)).toBeNull();
  });
});
