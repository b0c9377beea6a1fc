import type { Publication, PublishedEntry } from '@app/awards';

/** A small publication for the site's specs: two industries, joint winners, an indicative enterprise. */
export function testPublication(): Publication {
  const entry = (
    rank: number | null,
    ref: string,
    name: string,
    nameZh: string | null,
    csi: number,
    n = 150,
  ): PublishedEntry => ({
    rank,
    ref,
    name,
    nameZh,
    eligibility: rank === null ? 'indicative' : 'ranked',
    n,
    csi,
    csiLow: csi - 1.5,
    csiHigh: csi + 1.5,
    cli: csi - 5,
    cliLow: csi - 7,
    cliHigh: csi - 3,
    nps: 30,
    npsLow: 20,
    npsHigh: 40,
  });
  return {
    campaign: {
      slug: 'care-awards-2027',
      name: 'Customer Care Awards 2027',
      nameZh: '2027 客户关怀奖',
      year: 2027,
      descriptionEn: 'The yearly awards.',
      descriptionZh: '年度奖项。',
      announcedAt: '2027-12-10T02:00:00.000Z',
    },
    methodology: {
      version: 'csi-2026.1',
      parameters: { confidence: 0.95, alpha: 0.05, displayDecimals: 1 },
      checksum: 'ab'.repeat(32),
      rules: { minResponsesRanked: 100, minResponsesListed: 30, jointWinnersOnTie: true },
      overrides: [],
    },
    industries: [
      { code: 'telecom', name: 'Telecommunications', nameZh: '通信' },
      { code: 'finance', name: 'Finance', nameZh: '金融' },
    ],
    categories: [
      {
        name: 'Customer Care Benchmark Enterprise',
        nameZh: '客户关怀标杆企业',
        kind: 'survey-benchmark',
        perIndustry: true,
        maxWinners: 3,
        rule: 'Per industry, the leader by CSI among ranked enterprises plus every enterprise not significantly below it (one-sided Welch test, Holm-adjusted, alpha as published); at most 3',
        overridden: false,
        justification: null,
        groups: [
          {
            industryCode: 'telecom',
            winners: [
              {
                name: 'Harbour Telecom Co., Ltd.',
                nameZh: '港湾电信有限公司',
                ref: 'aaaaaaaaaaaa',
                figures: { csi: 86.1, csiLow: 84.6, csiHigh: 87.6 },
                certificateCode: 'AAAA-BBBB-CCCC-DDDD',
              },
              {
                name: 'Pearl Mobile Ltd.',
                nameZh: null,
                ref: 'bbbbbbbbbbbb',
                figures: { csi: 85.9 },
                certificateCode: 'AAAA-BBBB-CCCC-EEEE',
              },
            ],
            noWinnerReason: null,
          },
          {
            industryCode: 'finance',
            winners: [],
            noWinnerReason: 'no eligible enterprise: none has enough valid responses to be ranked',
          },
        ],
      },
    ],
    rankings: [
      {
        industryCode: 'telecom',
        snapshotId: 's1',
        dataQuality: {
          enterprises: 4,
          ranked: 3,
          indicative: 1,
          notPublished: 0,
          received: 700,
          duplicates: 7,
          stored: 693,
          excluded: { 'too-few-satisfaction-items': 3, 'too-many-missing': 4, 'soft-flags': 5, speeding: 6 },
          valid: 675,
        },
        entries: [
          entry(1, 'aaaaaaaaaaaa', 'Harbour Telecom Co., Ltd.', '港湾电信有限公司', 86.1),
          entry(2, 'bbbbbbbbbbbb', 'Pearl Mobile Ltd.', null, 85.9),
          entry(3, 'cccccccccccc', 'Summit Broadband, Inc.', '峰汇宽带', 81.2),
          entry(null, 'dddddddddddd', 'Lotus Cable', '莲花有线', 79, 45),
        ],
      },
      {
        industryCode: 'finance',
        snapshotId: 's2',
        entries: [entry(null, 'eeeeeeeeeeee', 'Jade Bank', '翡翠银行', 70, 40)],
      },
    ],
  };
}
