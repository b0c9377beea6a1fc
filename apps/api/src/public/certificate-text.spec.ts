import fc from 'fast-check';
import type { CertificateContent } from '@app/awards';
import { announcementDate, certificateFigures, certificateNames, withYear } from './certificate-text';

describe("a certificate's words", () => {
  it('writes the announcement day in each language, the day in China the verification page shows', () => {
    expect(announcementDate('2027-12-10T02:00:00.000Z')).toEqual({
      zh: '2027年12月10日',
      en: '10 December 2027',
    });
    // 23:59 UTC on 31 December is already 1 January in Beijing.
    expect(announcementDate('2027-12-31T23:59:59.999Z')).toEqual({
      zh: '2028年1月1日',
      en: '1 January 2028',
    });
  });

  it("gives every instant the calendar day the site's pages write (Intl, Asia/Shanghai)", () => {
    const china = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (d) => {
          const [y, m, day] = china.format(d).split('-').map(Number);
          expect(announcementDate(d.toISOString()).zh).toBe(`${y}年${m}月${day}日`);
          expect(announcementDate(d.toISOString()).en.startsWith(`${day} `)).toBe(true);
        },
      ),
    );
  });

  it('lists the published figures in the results page order, with the CSI interval and band words', () => {
    const figures = certificateFigures({
      band: 'certified-five-star',
      nps: 38.5,
      csi: 84.2,
      csiLow: 82.9,
      csiHigh: 85.5,
      n: 412,
      p: 0.2,
      cli: null,
    });
    expect(figures.map((f) => f.key)).toEqual(['n', 'csi', 'nps', 'band']);
    expect(figures[1]).toEqual({
      key: 'csi',
      label: { zh: 'CSI', en: 'CSI' },
      value: { zh: '84.2', en: '84.2' },
      interval: '82.9–85.5',
    });
    expect(figures[3].value).toEqual({
      zh: '通过认证，达到5星级客户服务中心运营标准',
      en: 'Certified at five-star level',
    });
  });

  it('says a name in English in both languages when it has no Chinese form', () => {
    const names = certificateNames({
      campaign: { slug: 's', name: 'Care Awards', year: 2026 },
      category: { name: 'Best Call Center of the Year' },
      industry: { code: 'telecom', name: 'Telecommunications', nameZh: null },
      enterprise: 'Harbour Telecom',
      enterpriseZh: '  ',
    } as CertificateContent);
    expect(names).toEqual({
      enterprise: { zh: 'Harbour Telecom', en: 'Harbour Telecom', zhKnown: false },
      campaign: { zh: 'Care Awards', en: 'Care Awards' },
      category: { zh: 'Best Call Center of the Year', en: 'Best Call Center of the Year' },
      industry: { zh: 'Telecommunications', en: 'Telecommunications' },
      year: 2026,
    });
  });

  it('adds the year to a campaign name only when it does not already say it', () => {
    expect(withYear('Customer Care Awards 2027', 2027, 'en')).toBe('Customer Care Awards 2027');
    expect(withYear('Care Awards', 2027, 'en')).toBe('Care Awards 2027');
    expect(withYear('客户关怀奖', 2027, 'zh')).toBe('2027年度客户关怀奖');
    expect(withYear('Care Awards', 2027, 'zh')).toBe('Care Awards 2027');
  });
});
