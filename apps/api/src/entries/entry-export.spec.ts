import type { CandidacyRow, EntryExportRow, FormDefinition } from '@app/entries';
import { entryExportHeader, entryExportRows } from './entry-export';

const L = (en: string, zh: string) => ({ en, zh });
const FORM: FormDefinition = {
  sections: [
    {
      key: 's',
      title: L('S', '节'),
      fields: [
        { key: 'name', type: 'short-text', label: L('Name', '名称'), required: true },
        { key: 'industry', type: 'short-text', label: L('Industry', '所属行业'), required: false },
        {
          key: 'kind',
          type: 'single-choice',
          label: L('Kind', '类型'),
          required: false,
          options: [{ value: 'a', label: L('Alpha', '甲') }],
        },
        {
          key: 'proof',
          type: 'file',
          label: L('Proof', '证明'),
          required: false,
          accept: ['application/pdf'],
        },
        {
          key: 'more_proof',
          type: 'file',
          label: L('Proof', '更多证明'),
          required: false,
          accept: ['application/pdf'],
        },
      ],
    },
  ],
};
const candidacy = (id: string, industryCode: string) =>
  ({ id, enterpriseName: `Enterprise ${id}`, industryCode, state: 'approved' }) as CandidacyRow;
const at = new Date('2027-03-15T08:30:00Z');
const ROWS: EntryExportRow[] = [
  {
    candidacy: candidacy('c1', 'telecom'),
    entry: { state: 'submitted', submittedAt: at, answers: { name: 'A', kind: 'a', proof: ['d1', 'd2'] } },
  },
  {
    candidacy: candidacy('c2', 'unknown'),
    entry: { state: 'draft', submittedAt: null, answers: { more_proof: ['d2', 'd3'] } },
  },
  { candidacy: candidacy('c3', 'telecom'), entry: null },
];

describe('entry export', () => {
  it('names each column once: a label shared with another column gets its key', () => {
    expect(entryExportHeader(FORM, 'en').slice(6)).toEqual([
      'Name',
      'Industry (industry)',
      'Kind',
      'Proof (proof)',
      'Proof (more_proof)',
    ]);
    expect(entryExportHeader(FORM, 'zh')).toEqual([
      '参评申请',
      '企业',
      '行业',
      '申请状态',
      '申报状态',
      '提交时间',
      '名称',
      '所属行业',
      '类型',
      '证明',
      '更多证明',
    ]);
  });

  it('writes one row per candidacy, industries and choices in the language, files by name', () => {
    const industries = new Map([['telecom', { name: 'Telecommunications', nameZh: '电信业' }]]);
    const names = new Map([['d1', 'a.pdf']]);
    expect(entryExportRows(FORM, ROWS, 'zh', industries, names)).toEqual([
      ['c1', 'Enterprise c1', '电信业', 'approved', 'submitted', at, 'A', null, '甲', 'a.pdf；d2', null],
      ['c2', 'Enterprise c2', 'unknown', 'approved', 'draft', null, null, null, null, null, 'd2；d3'],
      ['c3', 'Enterprise c3', '电信业', 'approved', 'not-started', null, null, null, null, null, null],
    ]);
  });
});
