import type { StoredDocument } from '@app/documents';
import type { FormDefinition, VisibleEntry } from '@app/entries';
import { shownDocuments, shownEntryOf } from './shown-entry';

const L = (en: string, zh: string) => ({ en, zh });
const DEFINITION: FormDefinition = {
  sections: [
    {
      key: 'profile',
      title: L('Profile', '概况'),
      fields: [
        {
          key: 'name',
          type: 'short-text',
          label: L('Name', '名称'),
          help: L('As registered', '登记名称'),
          required: true,
        },
        {
          key: 'outsourced',
          type: 'single-choice',
          label: L('Outsourced?', '是否外包？'),
          required: true,
          options: [
            { value: 'yes', label: L('Yes', '是') },
            { value: 'no', label: L('No', '否') },
          ],
        },
        {
          key: 'partner',
          type: 'short-text',
          label: L('Partner', '外包伙伴'),
          required: true,
          showWhen: { field: 'outsourced', in: ['yes'] },
        },
        { key: 'phone', type: 'short-text', label: L('Phone', '电话'), required: false },
      ],
    },
    {
      key: 'case',
      title: L('Case', '案例'),
      description: L('What you did', '你们做了什么'),
      fields: [
        {
          key: 'sites',
          type: 'table',
          label: L('Sites', '站点'),
          required: false,
          columns: [
            { key: 'city', label: L('City', '城市'), type: 'text', required: true },
            { key: 'seats', label: L('Seats', '座席'), type: 'number' },
          ],
        },
        { key: 'evidence', type: 'file', label: L('Evidence', '证明材料'), required: false, maxFiles: 3 },
        { key: 'notes', type: 'long-text', label: L('Notes', '备注'), required: false },
      ],
    },
  ],
};

const ENTRY: VisibleEntry = {
  candidacyId: 'c1',
  formKey: 'best-centre',
  formVersion: 2,
  definition: DEFINITION,
  state: 'submitted',
  // As the entries lib gives it: only answers of showing fields (partner's is dropped: outsourced is no).
  answers: {
    name: 'Care Centre',
    outsourced: 'no',
    phone: '+86 755 1234',
    sites: [{ city: 'Shenzhen', seats: 120 }],
    evidence: ['d2', 'd1', 'gone'],
  },
};

const doc = (id: string, slot: string, fileName: string): StoredDocument => ({
  id,
  subject: { type: 'entry-field', id: 'c1', slot },
  fileName,
  mediaType: 'application/pdf',
  sizeBytes: 100,
  sha256: 'ab'.repeat(32),
  scan: 'unscanned',
  uploadedBy: 'u1',
  uploadedAt: new Date(0),
});
const DOCUMENTS = [
  doc('d1', 'evidence', 'one.pdf'),
  doc('d2', 'evidence', 'two.pdf'),
  doc('d3', 'other', 'x.pdf'),
];

const keys = (entry: ReturnType<typeof shownEntryOf>) =>
  entry.sections.map((s) => [s.key, s.fields.map((f) => f.key)]);

describe('shownEntryOf', () => {
  it('shows every showing field when the round shows all, unanswered ones too, hidden ones never', () => {
    const shown = shownEntryOf(ENTRY, null, DOCUMENTS);
    expect(keys(shown)).toEqual([
      ['profile', ['name', 'outsourced', 'phone']],
      ['case', ['sites', 'evidence', 'notes']],
    ]);
    expect(shown).toMatchObject({ formKey: 'best-centre', formVersion: 2, state: 'submitted' });
    const notes = shown.sections[1].fields[2];
    expect(notes).toMatchObject({ answer: null, text: { en: null, zh: null }, documents: null });
  });

  it('keeps only the fields the round shows, and drops sections left empty', () => {
    const shown = shownEntryOf(ENTRY, ['sites', 'evidence', 'partner'], DOCUMENTS);
    expect(keys(shown)).toEqual([['case', ['sites', 'evidence']]]);
    expect(shown.sections[0]).toMatchObject({
      title: L('Case', '案例'),
      description: L('What you did', '你们做了什么'),
    });
  });

  it('reads choices and tables in both languages, with their labels beside the raw answer', () => {
    const [profile, kase] = shownEntryOf(ENTRY, null, DOCUMENTS).sections;
    expect(profile.fields[0]).toMatchObject({
      label: L('Name', '名称'),
      help: L('As registered', '登记名称'),
      required: true,
      answer: 'Care Centre',
      text: { en: 'Care Centre', zh: 'Care Centre' },
    });
    expect(profile.fields[1]).toMatchObject({ answer: 'no', text: { en: 'No', zh: '否' } });
    expect(profile.fields[1].options).toHaveLength(2);
    expect(kase.fields[0]).toMatchObject({
      answer: [{ city: 'Shenzhen', seats: 120 }],
      text: { en: '1. City: Shenzhen; Seats: 120', zh: '1. 城市：Shenzhen；座席：120' },
    });
    expect(kase.fields[0].columns?.map((c) => c.key)).toEqual(['city', 'seats']);
  });

  it('lists a file field’s documents in the answer’s order, only those stored for that field', () => {
    const evidence = shownEntryOf(ENTRY, null, DOCUMENTS).sections[1].fields[1];
    expect(evidence.documents?.map((d) => d.id)).toEqual(['d2', 'd1']);
    expect(evidence.documents?.[0]).toEqual({
      id: 'd2',
      fileName: 'two.pdf',
      mediaType: 'application/pdf',
      sizeBytes: 100,
      sha256: 'ab'.repeat(32),
      scan: 'unscanned',
    });
    expect(evidence.answer).toEqual(['d2', 'd1']);
    expect(evidence.text).toEqual({ en: 'two.pdf; one.pdf', zh: 'two.pdf；one.pdf' });
    // A document of another field is never listed under this one.
    const misfiled = shownEntryOf(ENTRY, null, [doc('d1', 'other', 'one.pdf')]).sections[1].fields[1];
    expect(misfiled).toMatchObject({ documents: [], answer: null });
  });

  it('lists the documents of shown fields only', () => {
    expect(shownDocuments(shownEntryOf(ENTRY, null, DOCUMENTS)).map((d) => [d.field, d.document.id])).toEqual(
      [
        ['evidence', 'd2'],
        ['evidence', 'd1'],
      ],
    );
    expect(shownDocuments(shownEntryOf(ENTRY, ['name'], DOCUMENTS))).toEqual([]);
    expect(shownDocuments(null)).toEqual([]);
  });
});
