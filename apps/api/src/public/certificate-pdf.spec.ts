import fc from 'fast-check';
import { readPdf } from '../../../../tools/pdf-reader';
import { certificatePdf } from './certificate-pdf';
import { testCertificate } from './test-certificate';
const URL = 'https://awards.example.org/certificates/K7Q2-9XMB-4T1D-H8VR';

const certificate = testCertificate;

/** The page's text (also without white space), its document info, and each page's size and links. */
async function read(pdf: Buffer) {
  const { text, info, pages } = await readPdf(pdf);
  return { text, flat: text.replace(/\s+/g, ''), info, pages };
}

/** Pages in a PDF as pdfkit writes it (its page tree is not compressed): a check fast enough for many runs. */
const pageCount = (pdf: Buffer) => Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]);

/** Wrapping puts line breaks anywhere in a name: compare without white space. */
const flat = (s: string) => s.replace(/\s+/g, '');

describe('a certificate as PDF', () => {
  it('is one A4 landscape page saying the award in both languages, with its code and address', async () => {
    const { text, flat: all, info, pages } = await read(await certificatePdf(certificate(), URL));
    expect(pages).toHaveLength(1);
    expect(pages[0].width).toBeCloseTo(841.89, 1);
    expect(pages[0].height).toBeCloseTo(595.28, 1);
    for (const words of [
      '证书',
      'CERTIFICATE OF AWARD',
      '深圳港湾电信有限公司',
      'Shenzhen Harbour Telecom Co., Ltd.',
      '客户关怀标杆企业',
      'Customer Care Benchmark Enterprise',
      '通信',
      'Telecommunications',
      '2027年度客户关怀奖',
      'Customer Care Awards 2027',
      '2027年12月10日',
      '10 December 2027',
      '样本数',
      '412',
      '84.2',
      '82.9–85.5',
      'K7Q2-9XMB-4T1D-H8VR',
      URL,
    ])
      expect(all).toContain(flat(words));
    expect(text).not.toMatch(/并列/);
    // The QR code and the written address both open the verification page.
    expect(pages[0].links.map((l) => l.url)).toEqual([URL, URL]);
    expect(info).toMatchObject({ Author: 'Care Awards', Keywords: 'K7Q2-9XMB-4T1D-H8VR', Language: 'zh-CN' });
    expect(info.Title).toContain('Shenzhen Harbour Telecom Co., Ltd.');
  });

  it('gives the same bytes for the same certificate, dated by its announcement', async () => {
    const [a, b] = [await certificatePdf(certificate(), URL), await certificatePdf(certificate(), URL)];
    expect(a.equals(b)).toBe(true);
    const { info } = await read(a);
    expect(info.CreationDate).toBe('D:20271210020000Z');
    expect(info.ModDate).toBe('D:20271210020000Z');
  });

  it('wraps long names within the page, whole', async () => {
    const enterprise = `The ${'Extraordinarily Long '.repeat(6)}Customer Experience Holdings Group Co., Ltd.`
      .slice(0, 120)
      .padEnd(120, 'x');
    const enterpriseZh =
      '深圳市前海超长名称国际客户体验与联络中心服务控股集团有限公司华南分公司第一营业部'.slice(0, 40);
    expect([enterprise.length, enterpriseZh.length]).toEqual([120, 40]);
    const { flat: all, pages } = await read(
      await certificatePdf(certificate({ enterprise, enterpriseZh }), URL),
    );
    expect(pages).toHaveLength(1);
    expect(all).toContain(flat(enterprise));
    expect(all).toContain(enterpriseZh);
  });

  it('says a joint win and a panel band in both languages', async () => {
    const cert = certificate({
      jointWinners: true,
      figures: { combined: 88.12, csi: 84.2, panelScore: 91.5, band: 'certified-five-star' },
    });
    const { flat: all } = await read(await certificatePdf(cert, URL));
    for (const words of [
      '并列荣获',
      'joint winner',
      '综合得分',
      '88.12',
      '通过认证，达到5星级客户服务中心运营标准',
      'Certified at five-star level',
    ])
      expect(all).toContain(flat(words));
  });

  it('reads an older certificate without Chinese names or an industry', async () => {
    const old = certificate({
      campaign: { slug: 'care-awards-2026', name: 'Care Awards', year: 2026 },
      category: { name: 'Best Call Center of the Year' },
      industry: null,
      enterpriseZh: undefined,
      enterpriseRef: undefined,
      figures: { panelScore: 92.4, band: 'certified' },
    });
    const { flat: all, pages } = await read(await certificatePdf(old, URL));
    expect(pages).toHaveLength(1);
    for (const words of [
      'Care Awards 2026',
      'Best Call Center of the Year',
      'All industries',
      'Shenzhen Harbour Telecom Co., Ltd.',
      '92.4',
    ])
      expect(all).toContain(flat(words));
  });

  it('stays on one page for any names up to the longest the platform stores', async () => {
    const name = fc.string({
      unit: fc.constantFrom('A', 'w', ' ', '.', '宽', '中', '—'),
      minLength: 1,
      maxLength: 300,
    });
    await fc.assert(
      fc.asyncProperty(name, name, name, async (enterprise, enterpriseZh, category) => {
        const pdf = await certificatePdf(
          certificate({
            enterprise,
            enterpriseZh,
            category: { name: category, nameZh: category },
            jointWinners: true,
          }),
          URL,
        );
        expect(pageCount(pdf)).toBe(1);
      }),
      { numRuns: 25 },
    );
  });
});
