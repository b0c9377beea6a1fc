import fc from 'fast-check';
import { meetsTargets, pageKind, PageWeight, publicLinks, siteWeight, spread } from './public-site';

describe('spread', () => {
  it('gives the median with the range', () => {
    expect(spread([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3 });
    expect(spread([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4 });
  });

  it('keeps the median within the range whatever the rounds', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: 0, max: 1e6 }), { minLength: 1 }), (xs) => {
        const s = spread(xs);
        return (
          s.min <= s.median && s.median <= s.max && s.min === Math.min(...xs) && s.max === Math.max(...xs)
        );
      }),
    );
  });
});

describe('meetsTargets', () => {
  it('needs both a ratio of at least 0.8 and a p99 under 50 ms', () => {
    const s = (median: number) => ({ median, min: median, max: median });
    expect(meetsTargets(s(0.8), s(49))).toBe(true);
    expect(meetsTargets(s(0.79), s(10))).toBe(false);
    expect(meetsTargets(s(1.2), s(50))).toBe(false);
  });
});

describe('publicLinks', () => {
  const page = 'http://127.0.0.1:3000/results/care-2027?lang=zh';

  it('keeps same-origin links to the results, the certificates and the home page, each once', () => {
    const html = `
      <a href="/">home</a> <a class="x" href="/?lang=zh">首页</a>
      <a href="/results/care-2027/industries/telecom?lang=zh#top">telecom</a>
      <a href='/results/care-2027/industries/telecom?lang=zh'>again</a>
      <a href="industries/finance">relative</a>
      <a href="/certificates/K7Q2-9XMB-4T1D-H8VR">certificate</a>
      <a href="/results/care-2027/search?q=a&amp;industry=telecom">search</a>
      <a href="https://elsewhere.example/results/x">elsewhere</a>
      <a href="/app/sign-in">sign in</a> <a href="/docs">docs</a> <link href="/results/style.css">`;
    expect(publicLinks(html, page)).toEqual([
      'http://127.0.0.1:3000/',
      'http://127.0.0.1:3000/?lang=zh',
      'http://127.0.0.1:3000/results/care-2027/industries/telecom?lang=zh',
      'http://127.0.0.1:3000/results/industries/finance',
      'http://127.0.0.1:3000/certificates/K7Q2-9XMB-4T1D-H8VR',
      'http://127.0.0.1:3000/results/care-2027/search?q=a&industry=telecom',
    ]);
  });
});

describe('pageKind', () => {
  it.each([
    ['/', 'home'],
    ['/?lang=zh', 'home'],
    ['/results/care-2027', 'campaign'],
    ['/results/care-2027?lang=zh', 'campaign'],
    ['/results/care-2027/industries/telecom', 'industry'],
    ['/results/care-2027/enterprises/e-42', 'enterprise'],
    ['/results/care-2027/methodology', 'methodology'],
    ['/results/care-2027/search?q=a', 'search'],
    ['/results/care-2027/figures.csv', 'download'],
    ['/results/care-2027/figures.json', 'download'],
    ['/certificates/K7Q2-9XMB-4T1D-H8VR', 'certificate'],
    ['/certificates/K7Q2-9XMB-4T1D-H8VR.pdf', 'download'],
    ['/certificates/K7Q2-9XMB-4T1D-H8VR/badge.svg', 'download'],
    ['/results/care-2027/unknown', 'other'],
  ])('%s -> %s', (path, kind) => {
    expect(pageKind(`http://127.0.0.1:3000${path}`)).toBe(kind);
  });
});

describe('siteWeight', () => {
  const page = (url: string, gzip: number): PageWeight => ({
    url,
    kind: pageKind(`http://h${url}`),
    status: 200,
    contentType: 'text/html',
    bytes: gzip * 6,
    brotli: gzip - 1,
    gzip,
  });

  it('keeps the heaviest page of each kind, and judges the heaviest page, downloads aside, by the budget', () => {
    const w = siteWeight([
      page('/', 3000),
      page('/results/a', 40_000),
      page('/results/a?lang=zh', 41_000),
      page('/results/a/industries/x', 9000),
      page('/results/a/figures.csv', 400_000),
    ]);
    expect(w.heaviest.campaign?.url).toBe('/results/a?lang=zh');
    expect(w.heaviest.enterprise).toBeNull();
    expect(w.heaviest.download?.gzip).toBe(400_000);
    expect(w.max?.url).toBe('/results/a?lang=zh');
    expect(w.withinBudget).toBe(true);
    expect(siteWeight([page('/results/a', 100_001)]).withinBudget).toBe(false);
  });
});
