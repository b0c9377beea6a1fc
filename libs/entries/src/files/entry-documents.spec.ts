import type { StoredDocument } from '@app/documents';
import type { FormDefinition } from '../form-definition';
import { entryDocumentOf, withDocuments } from './entry-documents';

const L = (en: string, zh: string) => ({ en, zh });
const FORM: FormDefinition = {
  sections: [
    {
      key: 's',
      title: L('S', '节'),
      fields: [
        { key: 'name', type: 'short-text', label: L('Name', '名称'), required: true },
        { key: 'proof', type: 'file', label: L('Proof', '证明'), required: false, accept: ['image/*'] },
        { key: 'extra', type: 'file', label: L('Extra', '附加'), required: false, accept: ['image/*'] },
      ],
    },
  ],
};

const at = new Date('2027-03-15T08:30:00Z');
const document = (id: string, slot: string): StoredDocument => ({
  id,
  subject: { type: 'entry-field', id: 'c1', slot },
  fileName: `${id}.png`,
  mediaType: 'image/png',
  sizeBytes: 67,
  sha256: 'ab'.repeat(32),
  scan: 'unscanned',
  uploadedBy: 'u1',
  uploadedAt: at,
});

describe('withDocuments', () => {
  it('shows each file field’s documents in the answers’ order, and leaves other answers alone', () => {
    const d1 = document('d1', 'proof');
    const d2 = document('d2', 'proof');
    const d3 = document('d3', 'extra');
    const shown = withDocuments(FORM, { name: 'A', proof: ['d2', 'd1'], extra: ['d3'] }, [d1, d2, d3]);
    expect(shown).toEqual({
      name: 'A',
      proof: [
        {
          id: 'd2',
          fileName: 'd2.png',
          mediaType: 'image/png',
          sizeBytes: 67,
          sha256: 'ab'.repeat(32),
          scan: 'unscanned',
          uploadedAt: at,
        },
        {
          id: 'd1',
          fileName: 'd1.png',
          mediaType: 'image/png',
          sizeBytes: 67,
          sha256: 'ab'.repeat(32),
          scan: 'unscanned',
          uploadedAt: at,
        },
      ],
      extra: [entryDocumentOf(d3)],
    });
  });

  it('leaves out an id with no document, and an unanswered file field absent', () => {
    expect(withDocuments(FORM, { proof: ['gone', 'd1'] }, [document('d1', 'proof')])).toEqual({
      proof: [entryDocumentOf(document('d1', 'proof'))],
    });
    expect(withDocuments(FORM, { name: 'A' }, [])).toEqual({ name: 'A' });
  });

  it('says what a file is, not the subject it is shown under', () => {
    expect(Object.keys(entryDocumentOf(document('d1', 'proof'))).sort()).toEqual([
      'fileName',
      'id',
      'mediaType',
      'scan',
      'sha256',
      'sizeBytes',
      'uploadedAt',
    ]);
  });
});
