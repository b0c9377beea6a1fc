import fc from 'fast-check';
import { graphemeEm, labelLines, textEm } from './label-lines';

const CLOSING = [...'，。、；：！？）」』】》),.'];
const MARKS = [...CLOSING, ...'(（「'];
const graphemes = (s: string) => Array.from(new Intl.Segmenter('en').segment(s), (x) => x.segment);

/** The lines are the text, in order, with at most the one space at each break left out. */
function expectWholeText(text: string, lines: string[]): void {
  const whole = text.replace(/\s+/g, ' ').trim();
  let at = 0;
  for (const line of lines) {
    expect(line.length).toBeGreaterThan(0);
    expect(whole.startsWith(line, at)).toBe(true);
    at += line.length;
    if (whole[at] === ' ') at++;
  }
  expect(at).toBe(whole.length);
}

describe('label lines', () => {
  it('estimates widths on the wide side: CJK 1 em, capitals 0.72, small letters 0.58, digits 0.64', () => {
    expect(textEm('深圳')).toBe(2);
    expect(textEm('，')).toBe(1);
    expect(graphemeEm('A')).toBe(0.72);
    expect(graphemeEm('a')).toBe(0.58);
    expect(graphemeEm('7')).toBe(0.64);
    expect(graphemeEm(' ')).toBe(0.32);
    expect(graphemeEm('.')).toBe(0.32);
    expect(graphemeEm('W')).toBe(1);
    // A letter with a combining accent is one letter wide.
    expect(graphemeEm('e\u0301')).toBe(0.58);
  });

  it('keeps a name that fits on one line', () => {
    expect(labelLines('Acme Ltd', 10)).toEqual(['Acme Ltd']);
    expect(labelLines('  Acme \n  Ltd ', 10)).toEqual(['Acme Ltd']);
    expect(labelLines('', 10)).toEqual([]);
  });

  it('breaks English names at spaces, dropping the space at each break', () => {
    const name = 'Shenzhen Harbour Telecommunications Customer Service Co., Ltd.';
    // "Shenzhen Harbour" is 0.72 + 7 × 0.58 + 0.32 + 0.72 + 6 × 0.58 = 9.3 ems.
    // "Telecommunications" is 0.72 + 2 × 1 (m) + 15 × 0.58 = 11.42; "Customer Service Co.," 11.98.
    expect(labelLines(name, 11.5)).toEqual([
      'Shenzhen Harbour',
      'Telecommunications',
      'Customer Service',
      'Co., Ltd.',
    ]);
    expect(labelLines(name, 20)).toEqual([
      'Shenzhen Harbour',
      'Telecommunications Customer',
      'Service Co., Ltd.',
    ]);
  });

  it('breaks after a hyphen inside a word', () => {
    expect(labelLines('Customer-Service Centre', 6)).toEqual(['Customer-', 'Service', 'Centre']);
  });

  it('breaks Chinese names between any two characters', () => {
    expect(labelLines('深圳市前海港湾电信客户服务有限公司第二呼叫中心', 10)).toEqual([
      '深圳市前海港湾电信客',
      '户服务有限公司第二呼',
      '叫中心',
    ]);
  });

  it('never starts a line with closing punctuation, nor ends one with opening punctuation', () => {
    // The comma would start the second line: the character before it goes down with it.
    expect(labelLines('中国移动，客户服务', 4)).toEqual(['中国移', '动，客户', '服务']);
    expect(labelLines('华为（深圳）客服', 3)).toEqual(['华为', '（深', '圳）客', '服']);
  });

  it('breaks between Chinese and Latin text, and keeps a Latin word whole', () => {
    // "Merchants Bank" is 1 (M) + 8 × 0.58 + 0.32 + 0.72 + 3 × 0.58 = 8.42 ems.
    expect(labelLines('招商银行 China Merchants Bank 信用卡中心', 9)).toEqual([
      '招商银行 China',
      'Merchants Bank',
      '信用卡中心',
    ]);
  });

  it('splits a word longer than a line rather than clip it', () => {
    // "Telecom" is 4.62 ems, "Telecomm" 5.62; "municat" 4.48, "municati" 5.06.
    expect(labelLines('Telecommunications', 5)).toEqual(['Telecom', 'municat', 'ions']);
  });

  it('gives a single character wider than the line a line of its own', () => {
    expect(labelLines('深圳', 0.5)).toEqual(['深', '圳']);
  });

  const alphabet = fc.constantFrom(
    ...'abcdefghijklmnopqrstuvwxyzABCDEFGHMW0123456789 .,&()-/',
    ...'深圳市前海港湾电信客户服务有限公司第二呼叫中心（「',
    ...CLOSING,
    'e\u0301',
    '  ',
    '\n',
  );
  const texts = fc.array(alphabet, { maxLength: 80 }).map((a) => a.join(''));

  it('loses no character and keeps each line within the width, unless it is a single grapheme', () => {
    fc.assert(
      fc.property(texts, fc.double({ min: 0.5, max: 40, noNaN: true }), (text, maxEm) => {
        const lines = labelLines(text, maxEm);
        expectWholeText(text, lines);
        for (const line of lines) {
          expect(line).toBe(line.trim());
          if (graphemes(line).length > 1) expect(textEm(line)).toBeLessThanOrEqual(maxEm);
        }
      }),
    );
  });

  it('starts no line with closing punctuation where a line holds three ems and no two marks meet', () => {
    // Where two marks meet ("(「" or "》 )"), some line may have to start with one, as in any typesetting.
    const single = texts.filter(
      (t) =>
        !graphemes(t.replace(/\s+/g, '')).some(
          (g, i, all) => MARKS.includes(g) && MARKS.includes(all[i - 1]),
        ),
    );
    fc.assert(
      fc.property(single, fc.double({ min: 3, max: 40, noNaN: true }), (text, maxEm) => {
        for (const line of labelLines(text, maxEm).slice(1))
          expect(CLOSING).not.toContain(graphemes(line)[0]);
      }),
    );
  });
});
