import fc from 'fast-check';
import { STANDARD_STAGE_TYPES } from '../rounds/round-rules';
import {
  AttachmentSlot,
  attachmentSlot,
  defaultMaterials,
  RoundMaterials,
  roundMaterialsProblems,
  showsField,
} from './round-materials';

const MiB = 1024 * 1024;
const FORM = ['centre_name', 'seats', 'evidence'];
const slot = (overrides: Partial<AttachmentSlot> = {}): AttachmentSlot => ({
  key: 'report',
  label: { en: 'Report', zh: '报告' },
  accept: ['application/pdf'],
  maxBytes: 1000,
  maxFiles: 1,
  ...overrides,
});
const withSlots = (...slots: AttachmentSlot[]): RoundMaterials => ({
  shownFields: null,
  judgeAttachments: { slots, toEntrantsAfterAnnouncement: false },
});
const fields = (materials: RoundMaterials, form: string[] | null = FORM, ceiling = 50 * MiB) =>
  roundMaterialsProblems(materials, form, ceiling).map((p) => p.field);

describe('defaultMaterials', () => {
  it('shows every field and takes no attachments in a document review', () => {
    expect(defaultMaterials('document-review', 50 * MiB)).toEqual({
      shownFields: null,
      judgeAttachments: null,
    });
    expect(defaultMaterials('final-panel', 50 * MiB).judgeAttachments).toBeNull();
    expect(defaultMaterials('custom:panel-talk', 50 * MiB).judgeAttachments).toBeNull();
  });

  it('takes a PDF report and photos in a site visit or a mystery call, kept from entrants', () => {
    for (const stage of ['site-visit', 'mystery-call']) {
      const materials = defaultMaterials(stage, 50 * MiB);
      expect(materials.shownFields).toBeNull();
      expect(materials.judgeAttachments).toEqual({
        slots: [
          expect.objectContaining({
            key: 'report',
            accept: ['application/pdf'],
            maxBytes: 20 * MiB,
            maxFiles: 1,
          }),
          expect.objectContaining({
            key: 'photos',
            accept: ['image/jpeg', 'image/png'],
            maxBytes: 10 * MiB,
            maxFiles: 20,
          }),
        ],
        toEntrantsAfterAnnouncement: false,
      });
    }
  });

  it('keeps every slot within a lower platform ceiling', () => {
    const slots = defaultMaterials('site-visit', 5 * MiB).judgeAttachments?.slots ?? [];
    expect(slots.map((s) => s.maxBytes)).toEqual([5 * MiB, 5 * MiB]);
  });

  it('is always valid, whatever the stage and ceiling (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STANDARD_STAGE_TYPES, 'custom:x'),
        fc.integer({ min: 1, max: 1024 * MiB }),
        (stage, ceiling) =>
          roundMaterialsProblems(defaultMaterials(stage, ceiling), FORM, ceiling).length === 0,
      ),
    );
  });
});

describe('roundMaterialsProblems', () => {
  it('takes fields of the form, once each, and names every other by its index', () => {
    expect(fields({ shownFields: ['seats', 'evidence'], judgeAttachments: null })).toEqual([]);
    expect(fields({ shownFields: [], judgeAttachments: null })).toEqual([]);
    expect(fields({ shownFields: ['seats', 'revenue', 'seats'], judgeAttachments: null })).toEqual([
      'materials.shownFields[1]',
      'materials.shownFields[2]',
    ]);
    const [unknown] = roundMaterialsProblems({ shownFields: ['revenue'], judgeAttachments: null }, FORM, 1);
    expect(unknown.message).toEqual({
      en: 'revenue is not a field of the entry form',
      zh: 'revenue 不是申报表的字段',
    });
  });

  it('shows no named field where the category asks for no form; null and [] are fine', () => {
    expect(fields({ shownFields: ['seats'], judgeAttachments: null }, null)).toEqual([
      'materials.shownFields[0]',
    ]);
    expect(fields({ shownFields: null, judgeAttachments: null }, null)).toEqual([]);
    expect(fields({ shownFields: [], judgeAttachments: null }, null)).toEqual([]);
  });

  it('needs well-formed, unique slot keys', () => {
    expect(fields(withSlots(slot(), slot({ key: 'photos' })))).toEqual([]);
    expect(
      fields(withSlots(slot({ key: 'Report' }), slot({ key: '1st' }), slot({ key: 'a/b' }), slot(), slot())),
    ).toEqual([
      'materials.judgeAttachments.slots[0].key',
      'materials.judgeAttachments.slots[1].key',
      'materials.judgeAttachments.slots[2].key',
      'materials.judgeAttachments.slots[4].key',
    ]);
    expect(fields(withSlots(slot({ key: 'a'.repeat(40) })))).toEqual([]);
    expect(fields(withSlots(slot({ key: 'a'.repeat(41) })))).toEqual([
      'materials.judgeAttachments.slots[0].key',
    ]);
  });

  it('needs labels in both languages', () => {
    expect(fields(withSlots(slot({ label: { en: ' ', zh: 'x'.repeat(101) } })))).toEqual([
      'materials.judgeAttachments.slots[0].label.en',
      'materials.judgeAttachments.slots[0].label.zh',
    ]);
  });

  it('needs accept lists of media types', () => {
    expect(fields(withSlots(slot({ accept: ['image/*', 'application/pdf', 'text/csv'] })))).toEqual([]);
    expect(fields(withSlots(slot({ accept: [] })))).toEqual(['materials.judgeAttachments.slots[0].accept']);
    expect(fields(withSlots(slot({ accept: ['pdf', 'Image/PNG', '*/*', 'image/png'] })))).toEqual([
      'materials.judgeAttachments.slots[0].accept[0]',
      'materials.judgeAttachments.slots[0].accept[1]',
      'materials.judgeAttachments.slots[0].accept[2]',
    ]);
  });

  it('keeps limits within the platform ceiling and 1-50 files', () => {
    expect(fields(withSlots(slot({ maxBytes: 1000 })), FORM, 1000)).toEqual([]);
    expect(fields(withSlots(slot({ maxBytes: 1001 })), FORM, 1000)).toEqual([
      'materials.judgeAttachments.slots[0].maxBytes',
    ]);
    expect(fields(withSlots(slot({ maxBytes: 0, maxFiles: 0 })))).toEqual([
      'materials.judgeAttachments.slots[0].maxBytes',
      'materials.judgeAttachments.slots[0].maxFiles',
    ]);
    expect(fields(withSlots(slot({ maxBytes: 1.5, maxFiles: 51 })))).toEqual([
      'materials.judgeAttachments.slots[0].maxBytes',
      'materials.judgeAttachments.slots[0].maxFiles',
    ]);
    expect(fields(withSlots(slot({ maxFiles: 50 })))).toEqual([]);
  });

  it('needs a slot when attachments are taken at all, and at most ten', () => {
    expect(fields(withSlots())).toEqual(['materials.judgeAttachments.slots']);
    const eleven = Array.from({ length: 11 }, (_, i) => slot({ key: `s${i}` }));
    expect(fields(withSlots(...eleven))).toEqual(['materials.judgeAttachments.slots']);
  });
});

describe('attachmentSlot and showsField', () => {
  it('find a slot by key, and say whether a field shows', () => {
    const materials: RoundMaterials = { ...withSlots(slot()), shownFields: ['seats'] };
    expect(attachmentSlot(materials, 'report')?.key).toBe('report');
    expect(attachmentSlot(materials, 'photos')).toBeUndefined();
    expect(attachmentSlot({ shownFields: null, judgeAttachments: null }, 'report')).toBeUndefined();
    expect(showsField(materials, 'seats')).toBe(true);
    expect(showsField(materials, 'evidence')).toBe(false);
    expect(showsField({ shownFields: null, judgeAttachments: null }, 'evidence')).toBe(true);
  });
});
