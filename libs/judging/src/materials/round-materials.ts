/**
 * What a round shows its judges and what it takes from them, as pure rules: the shape of a round's materials,
 * the defaults each stage starts with, and what a round's materials must satisfy against the category's entry
 * form and the platform's upload ceiling. The services apply them; the tests check them without a database.
 */
import type { Localized, LocalizedFieldProblem } from '@app/common';

/** One kind of file a judge attaches to a sheet: a site-visit report, photos, a call recording's notes. */
export interface AttachmentSlot {
  /** Lower-case letter, then lower-case letters, digits, `_` or `-`; unique in the round. */
  key: string;
  label: Localized;
  /** Media types (`application/pdf`) or whole top-level types (`image/*`), checked against the sniffed type. */
  accept: string[];
  maxBytes: number;
  maxFiles: number;
}

export interface JudgeAttachmentsSettings {
  slots: AttachmentSlot[];
  /**
   * After the announcement, the attachments of counted sheets are listed in the entrant's feedback (without
   * judges' names), when the round also shares its feedback with entrants (`visibility.feedbackToEntrants`).
   */
  toEntrantsAfterAnnouncement: boolean;
}

export interface RoundMaterials {
  /** The entry form's fields the judges see, by key; null shows every field of the form in force. */
  shownFields: string[] | null;
  /** What judges may attach to their sheets in this round; null takes no attachments. */
  judgeAttachments: JudgeAttachmentsSettings | null;
  /**
   * Whether the judges' dossier shows the entrant's results and judges' comments from the finalised earlier
   * rounds of the same campaign and category (never judges' names). Absent (rounds stored before it): false.
   */
  showPreviousFeedback?: boolean;
}

export const SLOT_KEY = /^[a-z][a-z0-9_-]{0,39}$/;
export const MAX_ATTACHMENT_SLOTS = 10;
export const MAX_FILES_PER_SLOT = 50;
export const MAX_SLOT_LABEL_LENGTH = 100;

/** What an accept list may hold (the documents lib's own rule): `type/subtype` or `type/*`, in lower case. */
const ACCEPT_PATTERN = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/(\*|[a-z0-9][a-z0-9!#$&^_.+-]*)$/;

const MiB = 1024 * 1024;

/** Stages whose judges see the entrant for themselves and bring back a report and photos. */
const FIELD_STAGES = new Set(['site-visit', 'mystery-call']);

/**
 * A new round's materials when the organizer names none: every field of the entry form, and for a site visit
 * or a mystery call a `report` (one PDF, up to 20 MiB) and `photos` (JPEG or PNG, up to 20 of 10 MiB each),
 * kept from entrants unless the organizer shares them. Limits never exceed the platform's ceiling.
 */
export function defaultMaterials(stageType: string, ceilingBytes: number): RoundMaterials {
  if (!FIELD_STAGES.has(stageType)) return { shownFields: null, judgeAttachments: null };
  return {
    shownFields: null,
    judgeAttachments: {
      slots: [
        {
          key: 'report',
          label: { en: 'Report', zh: '评审报告' },
          accept: ['application/pdf'],
          maxBytes: Math.min(20 * MiB, ceilingBytes),
          maxFiles: 1,
        },
        {
          key: 'photos',
          label: { en: 'Photos', zh: '照片' },
          accept: ['image/jpeg', 'image/png'],
          maxBytes: Math.min(10 * MiB, ceilingBytes),
          maxFiles: 20,
        },
      ],
      toEntrantsAfterAnnouncement: false,
    },
  };
}

const problem = (field: string, en: string, zh: string): LocalizedFieldProblem => ({
  field,
  message: { en, zh },
});

/**
 * Everything wrong with a round's materials, each naming its path under `materials`. `formFields` are the
 * keys of the category's entry form in force (null: the category asks for no form, so no field can be shown);
 * `ceilingBytes` is the platform's limit on one upload.
 */
export function roundMaterialsProblems(
  materials: RoundMaterials,
  formFields: readonly string[] | null,
  ceilingBytes: number,
): LocalizedFieldProblem[] {
  const problems: LocalizedFieldProblem[] = [];
  const known = new Set(formFields ?? []);
  const seenFields = new Set<string>();
  (materials.shownFields ?? []).forEach((key, i) => {
    const field = `materials.shownFields[${i}]`;
    if (formFields === null) {
      problems.push(problem(field, 'the category asks for no entry form', '该奖项没有申报表'));
    } else if (!known.has(key)) {
      problems.push(problem(field, `${key} is not a field of the entry form`, `${key} 不是申报表的字段`));
    } else if (seenFields.has(key)) {
      problems.push(problem(field, `${key} is listed twice`, `${key} 重复列出`));
    }
    seenFields.add(key);
  });

  const attachments = materials.judgeAttachments;
  if (!attachments) return problems;
  if (attachments.slots.length === 0) {
    problems.push(
      problem(
        'materials.judgeAttachments.slots',
        'name at least one slot, or set judgeAttachments to null',
        '请至少列出一个附件类别，或将 judgeAttachments 设为 null',
      ),
    );
  }
  if (attachments.slots.length > MAX_ATTACHMENT_SLOTS) {
    problems.push(
      problem(
        'materials.judgeAttachments.slots',
        `at most ${MAX_ATTACHMENT_SLOTS} slots`,
        `最多 ${MAX_ATTACHMENT_SLOTS} 个附件类别`,
      ),
    );
  }
  const seenSlots = new Set<string>();
  attachments.slots.forEach((slot, i) => {
    const at = `materials.judgeAttachments.slots[${i}]`;
    if (!SLOT_KEY.test(slot.key)) {
      problems.push(
        problem(
          `${at}.key`,
          'a lower-case letter, then up to 39 lower-case letters, digits, _ or -',
          '须以小写字母开头，其后最多 39 个小写字母、数字、_ 或 -',
        ),
      );
    } else if (seenSlots.has(slot.key)) {
      problems.push(
        problem(`${at}.key`, `${slot.key} is used by another slot`, `${slot.key} 已被其他类别使用`),
      );
    }
    seenSlots.add(slot.key);
    for (const language of ['en', 'zh'] as const) {
      // Typed as present, but a label's shape is checked here too: a missing one is a 400, never a crash.
      const text = (slot.label as Partial<Localized> | undefined)?.[language]?.trim() ?? '';
      if (text.length === 0 || text.length > MAX_SLOT_LABEL_LENGTH) {
        problems.push(
          problem(
            `${at}.label.${language}`,
            `1 to ${MAX_SLOT_LABEL_LENGTH} characters`,
            `须为 1 到 ${MAX_SLOT_LABEL_LENGTH} 个字符`,
          ),
        );
      }
    }
    if (slot.accept.length === 0) {
      problems.push(problem(`${at}.accept`, 'name at least one media type', '请至少列出一种媒体类型'));
    }
    slot.accept.forEach((type, j) => {
      if (!ACCEPT_PATTERN.test(type)) {
        problems.push(
          problem(
            `${at}.accept[${j}]`,
            'a media type in lower case, such as application/pdf or image/*',
            '须为小写的媒体类型，例如 application/pdf 或 image/*',
          ),
        );
      }
    });
    if (!Number.isInteger(slot.maxBytes) || slot.maxBytes < 1 || slot.maxBytes > ceilingBytes) {
      problems.push(
        problem(
          `${at}.maxBytes`,
          `a whole number of bytes from 1 to ${ceilingBytes} (the platform's limit)`,
          `须为 1 到 ${ceilingBytes} 之间的整数字节数（平台上限）`,
        ),
      );
    }
    if (!Number.isInteger(slot.maxFiles) || slot.maxFiles < 1 || slot.maxFiles > MAX_FILES_PER_SLOT) {
      problems.push(
        problem(`${at}.maxFiles`, `from 1 to ${MAX_FILES_PER_SLOT}`, `须为 1 到 ${MAX_FILES_PER_SLOT}`),
      );
    }
  });
  return problems;
}

/** The round's slot with this key, if it takes attachments at all. */
export function attachmentSlot(materials: RoundMaterials, key: string): AttachmentSlot | undefined {
  return materials.judgeAttachments?.slots.find((s) => s.key === key);
}

/** Whether a field of the entry form shows in the round. */
export function showsField(materials: RoundMaterials, key: string): boolean {
  return materials.shownFields === null || materials.shownFields.includes(key);
}
