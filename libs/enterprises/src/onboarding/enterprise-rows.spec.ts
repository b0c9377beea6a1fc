import { readImportTable } from '@app/common';
import {
  ENTERPRISE_COLUMNS,
  ENTERPRISE_EXAMPLE,
  enterpriseDuplicatesInFile,
  readEnterpriseRow,
} from './enterprise-rows';

const header = ENTERPRISE_COLUMNS.map((c) => c.name);
const values = (cells: Record<string, string>) => header.map((h) => cells[h] ?? '');

describe('enterprise rows', () => {
  it('reads the template example as a valid row, lists split and normalised', () => {
    const { row, problems } = readEnterpriseRow(2, {
      ...ENTERPRISE_EXAMPLE,
      contactEmail: 'Zhang.Min@Example.CN',
    });
    expect(problems).toEqual([]);
    expect(row).toMatchObject({
      line: 2,
      creditCode: '91440300708461136T',
      businessTypes: ['customer-service', 'technical-support'],
      seats: 420,
      contactEmail: 'zhang.min@example.cn',
      contactLanguage: 'zh',
      categories: ['Customer Care Benchmark Enterprise'],
    });
  });

  it('reports every problem of a row, in both languages', () => {
    const { problems } = readEnterpriseRow(7, {
      ...ENTERPRISE_EXAMPLE,
      legalName: '',
      creditCode: '91440300708461136X',
      seats: '0',
      annualRevenue: '12.345',
      contactLanguage: 'de',
    });
    expect(problems.map((p) => p.field)).toEqual([
      'lines[7].legalName',
      'lines[7].creditCode',
      'lines[7].seats',
      'lines[7].annualRevenue',
      'lines[7].contactLanguage',
    ]);
    expect(problems[1].message).toEqual({
      en: expect.stringContaining('check character'),
      zh: expect.stringContaining('校验位'),
    });
  });

  it('maps the header case-insensitively, skips empty rows, and refuses unknown or missing columns', () => {
    const read = readImportTable(
      {
        header: header.map((h) => h.toUpperCase()),
        rows: [
          { line: 2, values: values(ENTERPRISE_EXAMPLE) },
          { line: 3, values: header.map(() => ' ') },
        ],
      },
      ENTERPRISE_COLUMNS,
    );
    expect(read.problems).toEqual([]);
    expect(read.rows).toHaveLength(1);
    const bad = readImportTable({ header: ['legalName', 'colour'], rows: [] }, ENTERPRISE_COLUMNS);
    expect(bad.problems.map((p) => p.field)).toEqual(
      expect.arrayContaining(['lines[1].colour', 'lines[1].creditCode', 'lines[1].contactEmail']),
    );
  });

  it('finds credit codes and contact emails repeated within the file, whatever their case', () => {
    const rows = [2, 3, 4].map((line) => ({ line, cells: { ...ENTERPRISE_EXAMPLE } }));
    rows[1].cells.creditCode = rows[1].cells.creditCode.toLowerCase();
    rows[2].cells.contactEmail = 'other@example.cn';
    expect(enterpriseDuplicatesInFile(rows).map((p) => [p.field, p.message.en])).toEqual([
      ['lines[3].creditCode', 'repeats line 2 of this file'],
      ['lines[4].creditCode', 'repeats line 2 of this file'],
      ['lines[3].contactEmail', 'repeats line 2 of this file'],
    ]);
  });
});
