import { entryLockReason } from './entry-lock';

const NOW = new Date('2027-03-10T00:00:00Z');
const open = {
  state: 'registration',
  registrationOpensAt: new Date('2027-03-01T00:00:00Z'),
  registrationClosesAt: new Date('2027-03-31T00:00:00Z'),
};

describe('entryLockReason', () => {
  it('leaves a submitted or approved candidacy editable while registration is open', () => {
    expect(entryLockReason({ candidacyState: 'submitted', campaign: open }, NOW)).toBeNull();
    expect(entryLockReason({ candidacyState: 'approved', campaign: open }, NOW)).toBeNull();
    expect(
      entryLockReason({ candidacyState: 'approved', campaign: { ...open, registrationClosesAt: null } }, NOW),
    ).toBeNull();
  });

  it('locks from the close of the window, and once the campaign moves past registration', () => {
    const closing = new Date('2027-03-31T00:00:00Z');
    expect(entryLockReason({ candidacyState: 'submitted', campaign: open }, closing)).toEqual({
      en: 'registration has closed',
      zh: '报名已截止',
    });
    expect(
      entryLockReason({ candidacyState: 'submitted', campaign: { ...open, state: 'survey' } }, NOW)?.en,
    ).toBe('registration is not open (the campaign is survey)');
  });

  it('locks a withdrawn or rejected candidacy’s entry whatever the window', () => {
    expect(entryLockReason({ candidacyState: 'withdrawn', campaign: open }, NOW)?.en).toBe(
      'the candidacy was withdrawn',
    );
    expect(entryLockReason({ candidacyState: 'rejected', campaign: open }, NOW)?.zh).toBe('参评申请已被拒绝');
  });
});
