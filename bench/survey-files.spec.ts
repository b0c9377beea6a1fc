import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ITEMS } from '../tools/demo/demo-data';
import {
  batchBody,
  csvHeader,
  csvLine,
  ndjsonLine,
  responseObject,
  shuffledLayout,
  writeSurveyFile,
} from './survey-files';
import { partnerTime, SurveyRow } from './survey-rows';

const row: SurveyRow = {
  enterpriseId: '00000000-0000-4000-8000-000000000001',
  respondentKey: 'R00000042',
  submittedAt: '2027-05-03T10:15:00+08:00',
  channel: 'phone',
  completionSeconds: 412,
  // IMG EXP QUA1 QUA2 QUA3 VAL1 VAL2 SAT1 SAT2 SAT3 CMP LOY1 LOY2
  answers: [8, 7, 9, 9, 8, 6, 7, 8, 8, 7, 0, 9, null],
  defect: null,
};
const FIELDS = ['enterpriseId', 'respondentKey', 'submittedAt', 'channel', 'completionSeconds'];

describe('shuffledLayout', () => {
  it('orders every field and item once, the same way for the same seed', () => {
    const a = shuffledLayout(3, 'spreadsheet');
    expect([...a.header].sort()).toEqual([...FIELDS, ...DEMO_ITEMS].sort());
    expect(shuffledLayout(3, 'spreadsheet')).toEqual(a);
    expect(shuffledLayout(4, 'spreadsheet').header).not.toEqual(a.header);
  });

  it('writes as a spreadsheet (BOM, CRLF, camelCase) or a system export (LF, snake_case)', () => {
    const sheet = shuffledLayout(3, 'spreadsheet');
    const exported = shuffledLayout(3, 'export');
    expect(csvHeader(sheet).startsWith('\uFEFF')).toBe(true);
    expect(csvHeader(sheet).endsWith('\r\n')).toBe(true);
    expect(csvHeader(exported).startsWith('\uFEFF')).toBe(false);
    expect(exported.header).toContain('respondent_key');
    expect(exported.header).not.toContain('respondentKey');
  });
});

describe('the formats', () => {
  const layout = shuffledLayout(11, 'export');
  const cellOf = (line: string, name: string) => line.trimEnd().split(',')[layout.header.indexOf(name)];

  it('puts each value under its column, an unanswered item empty', () => {
    const line = csvLine(row, layout);
    expect(line.split(',')).toHaveLength(18);
    expect(cellOf(line, 'respondent_key')).toBe('R00000042');
    expect(cellOf(line, 'completion_seconds')).toBe('412');
    expect(cellOf(line, 'SAT1')).toBe('8');
    expect(cellOf(line, 'LOY2')).toBe('');
  });

  it('keeps JSON keys in the layout order and leaves unanswered items out', () => {
    const o = responseObject(row, layout);
    const camel = (n: string) => n.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    const fieldsInOrder = layout.header.map(camel).filter((n) => FIELDS.includes(n));
    expect(Object.keys(o).filter((k) => k !== 'answers')).toEqual(fieldsInOrder);
    expect(Object.keys(o.answers as object)).toEqual(
      layout.header.filter((n) => DEMO_ITEMS.includes(n) && n !== 'LOY2'),
    );
    expect(JSON.parse(ndjsonLine(row, layout))).toEqual(o);
    expect(JSON.parse(batchBody([row, row], layout))).toEqual({ responses: [o, o] });
  });

  it('spoils a wrong-field-count row in each format', () => {
    const bad = { ...row, defect: 'wrong-field-count' as const };
    expect(csvLine(bad, layout).split(',')).toHaveLength(17);
    expect(() => JSON.parse(ndjsonLine(bad, layout))).toThrow();
    expect(responseObject(bad, layout)).toHaveProperty('note');
  });

  it('writes a partner’s times at +08:00 or in UTC', () => {
    const at = Date.UTC(2027, 4, 3, 2, 15, 0);
    expect(partnerTime(at, 'offset')).toBe('2027-05-03T10:15:00+08:00');
    expect(partnerTime(at, 'utc')).toBe('2027-05-03T02:15:00.000Z');
  });
});

describe('writeSurveyFile', () => {
  it('writes the header and every row, and answers the bytes written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'survey-files-'));
    try {
      const layout = shuffledLayout(5, 'spreadsheet');
      const rows = Array.from({ length: 5000 }, (_, i) => ({ ...row, respondentKey: `R${i}` }));
      const bytes = await writeSurveyFile(join(dir, 'a.csv'), 'csv', layout, rows);
      const text = readFileSync(join(dir, 'a.csv'), 'utf8');
      expect(text).toBe(csvHeader(layout) + rows.map((r) => csvLine(r, layout)).join(''));
      expect(bytes).toBe(Buffer.byteLength(text));
      const nd = await writeSurveyFile(join(dir, 'a.ndjson'), 'ndjson', layout, rows.slice(0, 2));
      expect(readFileSync(join(dir, 'a.ndjson'), 'utf8').split('\r\n')).toHaveLength(3);
      expect(nd).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
