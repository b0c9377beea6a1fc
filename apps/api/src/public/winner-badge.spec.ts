import type { CertificateContent } from '@app/awards';
import { testCertificate } from './test-certificate';
import { winnerBadge } from './winner-badge';

const URL = 'https://awards.example.org/certificates/K7Q2-9XMB-4T1D-H8VR?from=badge&x=1';

// Names that would break the SVG if they were not escaped.
const certificate = (over: Partial<CertificateContent> = {}): CertificateContent =>
  testCertificate({
    industry: { code: 'telecom', name: 'Telecommunications', nameZh: '电信业' },
    enterprise: `<script>alert("x")</script> & 'Co.'`,
    enterpriseZh: '深圳<b>港湾</b>电信',
    enterpriseRef: undefined,
    figures: {},
    ...over,
  });

/**
 * A small well-formedness check: every tag closes in order, attribute values are quoted and hold no `<`,
 * and every `&` starts an entity. (The e2e spec also parses the badge with a browser's XML parser.)
 */
function expectWellFormedXml(xml: string) {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g;
  let at = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const text = xml.slice(at, m.index);
    expect(text).not.toMatch(/[<>]/);
    at = m.index + m[0].length;
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else if (!m[4]) stack.push(m[2]);
  }
  expect(xml.slice(at).trim()).toBe('');
  expect(stack).toEqual([]);
  expect(xml).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
  expect(xml.startsWith('<svg ')).toBe(true);
}

describe("a winner's badge", () => {
  it('is well-formed SVG of 240 x 96 linked to the verification page, in each language', () => {
    for (const lang of ['en', 'zh', 'both'] as const) {
      const svg = winnerBadge(certificate(), URL, lang);
      expectWellFormedXml(svg);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* width="240" height="96"/);
      const href = URL.replace(/&/g, '&amp;');
      expect(svg).toContain(`<a href="${href}" xlink:href="${href}" target="_top">`);
      expect(svg).toContain('K7Q2-9XMB-4T1D-H8VR');
    }
  });

  it('escapes every name it was given', () => {
    const svg = winnerBadge(
      certificate({ category: { name: 'Best <i>"Care"</i> & Co', nameZh: '最佳<i>' } }),
      URL,
      'both',
    );
    expectWellFormedXml(svg);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<i>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co.&#39;');
    expect(svg).toContain('Best &lt;i&gt;&quot;Care&quot;&lt;/i&gt; &amp; Co');
  });

  it('says winner, category, industry and year in the language asked for, and both by default', () => {
    const text = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text/g)].map((m) => m[1]);
    expect(text(winnerBadge(certificate(), URL, 'en'))).toEqual([
      'WINNER · 2027',
      'Customer Care',
      'Benchmark Enterprise',
      'Telecommunications',
      'Verify K7Q2-9XMB-4T1D-H8VR',
    ]);
    expect(text(winnerBadge(certificate(), URL, 'zh'))).toEqual([
      '获奖 · 2027年度',
      '客户关怀标杆企业',
      '电信业',
      '验证 K7Q2-9XMB-4T1D-H8VR',
    ]);
    expect(text(winnerBadge(certificate(), URL, 'both'))).toEqual([
      '获奖 WINNER · 2027',
      '客户关怀标杆企业',
      'Customer Care Benchmark Enterprise',
      '电信业 · Telecommunications',
      '验证 Verify K7Q2-9XMB-4T1D-H8VR',
    ]);
    const en = winnerBadge(certificate(), URL, 'en');
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    expect(en).toMatch(/<title [^>]*>Customer Care Awards 2027 winner: &lt;script&gt;/);
  });

  it('names the campaign where an award has no industry, and reads older certificates', () => {
    const old = certificate({
      campaign: { slug: 'care-awards-2026', name: 'Care Awards', year: 2026 },
      category: { name: 'Best Call Center of the Year' },
      industry: null,
      enterpriseZh: undefined,
    });
    const svg = winnerBadge(old, URL, 'zh');
    expectWellFormedXml(svg);
    expect(svg).toContain('>Best Call Center of the</text');
    expect(svg).toContain('>Care Awards 2026</text');
  });

  it('fits a long category in two lines ending in an ellipsis, and is the same every time', () => {
    const long = certificate({
      category: {
        name: 'Best Omnichannel Customer Experience Contact Centre of the Year (Large Enterprises)',
      },
    });
    const svg = winnerBadge(long, URL, 'en');
    const lines = [...svg.matchAll(/<text[^>]*font-size="1[1-3](?:\.5)?"[^>]*>([^<]*)<\/text/g)].map(
      (m) => m[1],
    );
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(winnerBadge(long, URL, 'en')).toBe(svg);
  });
});
