import { entryHtml, escapeHtml } from './entry-html';
import type { ShownEntry, ShownField } from './shown-entry';

const L = (en: string, zh: string) => ({ en, zh });
const field = (overrides: Partial<ShownField>): ShownField => ({
  key: 'k',
  type: 'short-text',
  label: L('Label', '标签'),
  help: null,
  required: false,
  answer: null,
  text: { en: null, zh: null },
  options: null,
  columns: null,
  documents: null,
  ...overrides,
});

const ENTRY: ShownEntry = {
  formKey: 'best-centre',
  formVersion: 1,
  state: 'submitted',
  sections: [
    {
      key: 'profile',
      title: L('Profile', '概况'),
      description: null,
      fields: [
        field({
          label: L('Name', '名称'),
          required: true,
          answer: '<script>alert(1)</script>',
          text: { en: '<script>alert(1)</script>', zh: '<script>alert(1)</script>' },
        }),
        field({
          type: 'single-choice',
          label: L('Outsourced?', '是否外包？'),
          answer: 'no',
          text: { en: 'No', zh: '否' },
        }),
        field({
          type: 'table',
          label: L('Sites', '站点'),
          answer: [{ city: 'Shen"zhen', seats: 120 }],
          columns: [
            { key: 'city', label: L('City', '城市'), type: 'text' },
            { key: 'seats', label: L('Seats', '座席'), type: 'number' },
          ],
        }),
        field({
          type: 'file',
          label: L('Evidence', '证明材料'),
          answer: ['d1'],
          documents: [
            {
              id: 'd1',
              fileName: 'a&b #1.pdf',
              mediaType: 'application/pdf',
              sizeBytes: 10,
              sha256: 'ff',
              scan: 'clean',
            },
          ],
        }),
        field({ label: L('Notes', '备注') }),
      ],
    },
  ],
};

describe('entryHtml', () => {
  const html = entryHtml({
    enterpriseName: 'Example <Co>',
    roundName: 'Site visit',
    entry: ENTRY,
    documentPaths: new Map([['d1', 'documents/evidence/a&b #1.pdf']]),
    attachments: [
      { slot: L('Report', '评审报告'), fileName: 'report.pdf', path: 'attachments/report/report.pdf' },
    ],
  });

  it('escapes everything an entrant typed', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Example &lt;Co&gt;');
    expect(html).toContain('Shen&quot;zhen');
    expect(escapeHtml(`'"&<>`)).toBe('&#39;&quot;&amp;&lt;&gt;');
  });

  it('labels every field in both languages and reads choices in both', () => {
    expect(html).toContain('<span lang="en">Outsourced?</span> / <span lang="zh">是否外包？</span>');
    expect(html).toContain('No / 否');
    expect(html).toContain('<th><span lang="en">City</span> / <span lang="zh">城市</span></th>');
    expect(html).toContain('<td>120</td>');
  });

  it('links files inside the folder, percent-encoded, with their SHA-256', () => {
    expect(html).toContain('<a href="documents/evidence/a%26b%20%231.pdf">a&amp;b #1.pdf</a>');
    expect(html).toContain('SHA-256 ff');
    expect(html).toContain('<a href="attachments/report/report.pdf">report.pdf</a>');
  });

  it('runs no script and loads nothing', () => {
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|src=|https?:/);
  });

  it('says so when there is no entry', () => {
    const empty = entryHtml({
      enterpriseName: 'X',
      roundName: 'R',
      entry: null,
      documentPaths: new Map(),
      attachments: [],
    });
    expect(empty).toContain('No entry form answers');
    expect(empty).not.toContain('<section>');
  });
});
