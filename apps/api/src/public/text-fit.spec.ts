import fc from 'fast-check';
import { textWidth, wrapText } from './text-fit';

const bare = (s: string) => s.replace(/\s+/g, '');

describe('text fitted to a width', () => {
  it('counts a Chinese character as one em and Latin letters as less', () => {
    expect(textWidth('客户关怀', 10)).toBe(40);
    expect(textWidth('Telecom', 10)).toBeLessThan(textWidth('TELECOM', 10));
    expect(textWidth('Telecom', 10, true)).toBeGreaterThan(textWidth('Telecom', 10));
  });

  it('breaks between words, and between Chinese characters', () => {
    expect(wrapText('Customer Care Benchmark Enterprise', 13, 150, 2)).toEqual([
      'Customer Care',
      'Benchmark Enterprise',
    ]);
    expect(wrapText('客户关怀标杆企业年度最佳呼叫中心', 14, 112, 3)).toEqual([
      '客户关怀标杆企业',
      '年度最佳呼叫中心',
    ]);
  });

  it('ends what does not fit with an ellipsis', () => {
    expect(wrapText('Customer Care Benchmark Enterprise of the Year', 13, 150, 2)).toEqual([
      'Customer Care',
      'Benchmark Enterpris…',
    ]);
  });

  it('never draws a line wider than asked nor more lines, and loses nothing it does not mark as cut', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'W', 'i', ' ', '客', '中', '-', '.', 'Ab', 'Telecom ', '。'),
      maxLength: 120,
    });
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 8, max: 16 }),
        fc.integer({ min: 3, max: 20 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        (t, size, ems, maxLines, bold) => {
          const width = size * ems;
          const lines = wrapText(t, size, width, maxLines, bold);
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) expect(textWidth(line, size, bold)).toBeLessThanOrEqual(width + 1e-9);
          const joined = bare(lines.join(''));
          if (joined.endsWith('…')) expect(bare(t).startsWith(joined.slice(0, -1))).toBe(true);
          else expect(joined).toBe(bare(t));
        },
      ),
      { numRuns: 500 },
    );
  });
});
