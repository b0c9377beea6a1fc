import { randomBytes } from 'node:crypto';
import { compressedSizes, firstLoadWeight, kindOf, spread } from './workspaces-weight';

describe('the weight of a workspace first load', () => {
  it('compresses text far below its size and random bytes not at all', () => {
    const text = compressedSizes(Buffer.from('export const a = 1;\n'.repeat(2000)));
    expect(text.bytes).toBe(40_000);
    expect(text.gzip).toBeLessThan(1_000);
    expect(text.brotli).toBeLessThan(text.gzip);
    const noise = compressedSizes(randomBytes(10_000));
    expect(noise.gzip).toBeGreaterThanOrEqual(10_000);
  });

  it('counts scripts and style sheets by content type, and nothing else', () => {
    expect(kindOf('text/javascript; charset=utf-8')).toBe('script');
    expect(kindOf('application/javascript')).toBe('script');
    expect(kindOf('text/css')).toBe('style');
    expect(kindOf('text/html')).toBeNull();
    expect(kindOf('font/woff2')).toBeNull();
    expect(kindOf(undefined)).toBeNull();
  });

  it('sums each file once and judges the budget by gzip', () => {
    const file = (url: string, gzip: number) => ({
      url,
      kind: 'script' as const,
      bytes: gzip * 3,
      gzip,
      brotli: gzip - 1,
    });
    const weight = firstLoadWeight([file('/a.js', 100), file('/b.js', 50), file('/a.js', 100)], 150);
    expect(weight).toMatchObject({ bytes: 450, gzip: 150, brotli: 148, withinBudget: true });
    expect(weight.files).toHaveLength(2);
    expect(firstLoadWeight([file('/a.js', 151)], 150).withinBudget).toBe(false);
  });

  it('gives the median with the range', () => {
    expect(spread([900, 300, 500])).toEqual({ median: 500, min: 300, max: 900 });
    expect(spread([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4 });
  });
});
