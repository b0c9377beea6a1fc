import fc from 'fast-check';
import {
  awardsOf,
  benchmarkMark,
  enterpriseByRef,
  searchEnterprises,
  searchKey,
  jointWinners,
} from './publication-reading';
import { testPublication } from './test-publication';

describe('reading a publication for the site', () => {
  const p = testPublication();

  it('finds enterprises by English or Chinese name, whatever the case, width and spacing', () => {
    const names = (q: string, industry: string | null = null) =>
      searchEnterprises(p, q, industry).map((f) => f.entry.name);
    expect(names('harbour')).toEqual(['Harbour Telecom Co., Ltd.']);
    expect(names('ＨＡＲＢＯＵＲ  tele')).toEqual(['Harbour Telecom Co., Ltd.']);
    expect(names('港湾')).toEqual(['Harbour Telecom Co., Ltd.']);
    expect(names('银行')).toEqual(['Jade Bank']);
    expect(names('l', 'telecom')).toEqual(['Harbour Telecom Co., Ltd.', 'Pearl Mobile Ltd.', 'Lotus Cable']);
    expect(names('bank', 'telecom')).toEqual([]);
    expect(names('', 'finance')).toEqual(['Jade Bank']);
  });

  it('never finds less by adding nothing: a query finds everything a longer one containing it finds', () => {
    const all = p.rankings.flatMap((r) => r.entries.map((e) => e.name));
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.nat(), fc.nat(), (name, a, b) => {
        const [from, to] = [Math.min(a, b) % name.length, Math.max(a, b) % (name.length + 1)];
        const part = name.slice(from, to);
        const longer = searchEnterprises(p, name, null).map((f) => f.entry.ref);
        const shorter = searchEnterprises(p, part, null).map((f) => f.entry.ref);
        return longer.every((ref) => shorter.includes(ref)) && searchKey(name).includes(searchKey(part));
      }),
    );
  });

  it('marks the benchmark award’s joint winners, and only in their industry', () => {
    const [harbour, pearl, summit] = p.rankings[0].entries;
    expect(benchmarkMark(p, 'telecom', harbour)).toBe('joint-winner');
    expect(benchmarkMark(p, 'telecom', pearl)).toBe('joint-winner');
    expect(benchmarkMark(p, 'telecom', summit)).toBeNull();
    expect(benchmarkMark(p, 'finance', harbour)).toBeNull();
  });

  it('finds an enterprise by its reference, with its industry’s ranked count and its awards', () => {
    const found = enterpriseByRef(p, 'aaaaaaaaaaaa');
    expect(found).toMatchObject({ industryCode: 'telecom', rankedInIndustry: 3 });
    expect(awardsOf(p, found!.entry).map((a) => [a.category.name, a.industryCode, a.joint])).toEqual([
      ['Customer Care Benchmark Enterprise', 'telecom', true],
    ]);
    expect(enterpriseByRef(p, 'zzzzzzzzzzzz')).toBeNull();
  });

  it("calls several winners joint only for the survey award: a panel's top N are not tied", () => {
    const twoWinners = { winners: [1, 2] };
    expect(jointWinners({ kind: 'survey-benchmark' }, twoWinners)).toBe(true);
    expect(jointWinners({ kind: 'panel' }, twoWinners)).toBe(false);
    expect(jointWinners({ kind: 'combined' }, twoWinners)).toBe(false);
    expect(jointWinners({ kind: 'survey-benchmark' }, { winners: [1] })).toBe(false);
  });

  it('matches winners by name in publications made before references were published', () => {
    const old = testPublication();
    for (const r of old.rankings) for (const e of r.entries) delete e.ref;
    for (const w of old.categories[0].groups[0].winners) delete w.ref;
    expect(benchmarkMark(old, 'telecom', old.rankings[0].entries[0])).toBe('joint-winner');
  });
});
