import { certificatePage } from './pages';

describe('the certificate page', () => {
  it('shows a panel score exactly as published, at the precision the round ranked on', () => {
    // 80.004 and 80.001 ranked apart: shown to two decimals both would read 80.00 and look tied.
    const page = certificatePage(
      {
        code: 'CA-2027-ABCD',
        campaign: { slug: 'care-awards-2027', name: 'Care Awards 2027', year: 2027 },
        category: { name: 'Best Call Center of the Year', nameZh: null },
        industry: null,
        enterprise: 'Enterprise A Co., Ltd.',
        figures: { panelScore: 80.004, band: 'certified', roundRank: 1 },
        jointWinners: false,
        announcedAt: '2027-03-15T02:00:00.000Z',
      },
      'en',
    );
    expect(page).toContain('panel score 80.004');
  });
});
