import { parse } from 'csv-parse/sync';
import { FIGURE_COLUMNS, figuresCsv, figuresJson } from './open-data';
import { testPublication } from './test-publication';

describe('the open-data downloads', () => {
  const p = testPublication();

  it('writes one CSV row per published enterprise with every published figure, as published', () => {
    const csv = figuresCsv(p);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse<Record<string, string>>(csv.slice(1), { columns: true });
    expect(Object.keys(rows[0])).toEqual([...FIGURE_COLUMNS]);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({
      campaign: 'care-awards-2027',
      industry_code: 'telecom',
      industry_name_zh: '通信',
      rank: '1',
      enterprise_ref: 'aaaaaaaaaaaa',
      enterprise_name: 'Harbour Telecom Co., Ltd.',
      enterprise_name_zh: '港湾电信有限公司',
      csi: '86.1',
      csi_low: String(86.1 - 1.5),
      nps_high: '40',
      benchmark_award: 'joint-winner',
      methodology_version: 'csi-2026.1',
      methodology_checksum: 'ab'.repeat(32),
      generated_at: '2027-12-10T02:00:00.000Z',
    });
    expect(rows[3]).toMatchObject({ rank: '', eligibility: 'indicative', benchmark_award: '' });
    // The same numbers as the publication, row for row.
    expect(rows.map((r) => Number(r.csi))).toEqual(p.rankings.flatMap((r) => r.entries.map((e) => e.csi)));
  });

  it('gives the same bytes every time, so the file keeps its ETag', () => {
    expect(figuresCsv(p)).toBe(figuresCsv(testPublication()));
    expect(figuresJson(p)).toBe(figuresJson(testPublication()));
  });

  it('wraps the whole publication in JSON under its format, generation time and methodology', () => {
    const doc = JSON.parse(figuresJson(p)) as Record<string, unknown>;
    expect(doc).toEqual({
      format: 'care-awards-figures/1',
      generatedAt: '2027-12-10T02:00:00.000Z',
      methodologyVersion: 'csi-2026.1',
      methodologyChecksum: 'ab'.repeat(32),
      publication: p,
    });
  });
});
