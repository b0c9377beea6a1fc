import type { CertificateContent } from '@app/awards';

/** A winner's certificate for the certificate's specs: a survey award in one industry, names in both languages. */
export const testCertificate = (over: Partial<CertificateContent> = {}): CertificateContent => ({
  code: 'K7Q2-9XMB-4T1D-H8VR',
  campaign: {
    slug: 'care-awards-2027',
    name: 'Customer Care Awards 2027',
    nameZh: '2027年度客户关怀奖',
    year: 2027,
  },
  category: { name: 'Customer Care Benchmark Enterprise', nameZh: '客户关怀标杆企业' },
  industry: { code: 'telecom', name: 'Telecommunications', nameZh: '通信' },
  enterprise: 'Shenzhen Harbour Telecom Co., Ltd.',
  enterpriseZh: '深圳港湾电信有限公司',
  enterpriseRef: '7d2c5e1a3b4f',
  figures: { n: 412, csi: 84.2, csiLow: 82.9, csiHigh: 85.5, cli: 79.1, nps: 38.5, p: null, adjustedP: null },
  jointWinners: false,
  announcedAt: '2027-12-10T02:00:00.000Z',
  ...over,
});
