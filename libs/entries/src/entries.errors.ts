import { DomainError, joinIn, Localized, LocalizedFieldProblem } from '@app/common';

/** Every refusal of the entries lib, in both languages; `code` is what clients switch on. */
export const EntryErrors = {
  invalid: (problems: LocalizedFieldProblem[]) =>
    new DomainError(
      'invalid',
      'ENTRY_INPUT_INVALID',
      {
        en: `Invalid: ${problems.map((p) => p.field).join(', ')}`,
        zh: `无效：${problems.map((p) => p.field).join('、')}`,
      },
      problems,
    ),
  formNotFound: (id: string) =>
    new DomainError('not-found', 'ENTRY_FORM_NOT_FOUND', {
      en: `No entry form ${id}`,
      zh: `没有申报表 ${id}`,
    }),
  formVersionNotFound: (id: string, version: number) =>
    new DomainError('not-found', 'ENTRY_FORM_VERSION_NOT_FOUND', {
      en: `Entry form ${id} has no version ${version}`,
      zh: `申报表 ${id} 没有第 ${version} 版`,
    }),
  formKeyTaken: (key: string) =>
    new DomainError(
      'conflict',
      'ENTRY_FORM_KEY_TAKEN',
      { en: `An entry form with key ${key} exists already`, zh: `键为 ${key} 的申报表已存在` },
      [{ field: 'key', message: { en: 'is already used', zh: '已被使用' } }],
    ),
  unknownForm: (id: string) =>
    new DomainError(
      'unprocessable',
      'UNKNOWN_ENTRY_FORM',
      { en: `No entry form ${id}`, zh: `没有申报表 ${id}` },
      [{ field: 'formId', message: { en: 'is not an entry form', zh: '不是申报表' } }],
    ),
  categoryNotFound: (categoryId: string) =>
    new DomainError('not-found', 'CATEGORY_NOT_FOUND', {
      en: `No award category ${categoryId} in this campaign`,
      zh: `此评选活动中没有奖项 ${categoryId}`,
    }),
  noFormBound: (categoryId: string) =>
    new DomainError('not-found', 'NO_ENTRY_FORM', {
      en: `Award category ${categoryId} asks for no entry form`,
      zh: `奖项 ${categoryId} 不需要填写申报表`,
    }),
  bindingFrozen: (reason: Localized) =>
    new DomainError(
      'conflict',
      'ENTRY_FORM_BINDING_FROZEN',
      {
        en: `A category's entry form can only change while its campaign is a draft: ${reason.en}`,
        zh: `只有评选活动处于草稿状态时才能更改奖项的申报表：${reason.zh}`,
      },
      [{ field: 'formId', message: reason }],
    ),
  tooManyAnswers: (given: number, fields: number) =>
    new DomainError(
      'invalid',
      'ENTRY_TOO_MANY_ANSWERS',
      {
        en: `${given} answers sent; the entry form has ${fields} fields`,
        zh: `提交了 ${given} 个答案，申报表只有 ${fields} 个字段`,
      },
      [
        {
          field: 'answers',
          message: { en: `at most ${fields} keys, one per field`, zh: `最多 ${fields} 个键，每个字段一个` },
        },
      ],
    ),
  fieldNotFound: (key: string) =>
    new DomainError(
      'not-found',
      'ENTRY_FIELD_NOT_FOUND',
      { en: `The entry form has no field ${key}`, zh: `申报表中没有字段 ${key}` },
      [{ field: key, message: { en: 'is not a field of this entry form', zh: '不是此申报表的字段' } }],
    ),
  fileFieldNeedsUpload: (key: string, candidacyId: string) =>
    new DomainError(
      'invalid',
      'ENTRY_FILE_FIELD',
      {
        en: `${key} is a file field: upload its files with POST /candidacies/${candidacyId}/entry/files/${key}`,
        zh: `${key} 是文件字段：请通过 POST /candidacies/${candidacyId}/entry/files/${key} 上传文件`,
      },
      [
        {
          field: key,
          message: {
            en: `files are uploaded with POST /candidacies/${candidacyId}/entry/files/${key}`,
            zh: `文件须通过 POST /candidacies/${candidacyId}/entry/files/${key} 上传`,
          },
        },
      ],
    ),
  notAFileField: (key: string) =>
    new DomainError(
      'invalid',
      'ENTRY_NOT_A_FILE_FIELD',
      { en: `${key} is not a file field`, zh: `${key} 不是文件字段` },
      [{ field: key, message: { en: 'takes no files', zh: '不接受文件' } }],
    ),
  documentNotAttached: (key: string, documentId: string) =>
    new DomainError(
      'not-found',
      'ENTRY_DOCUMENT_NOT_FOUND',
      { en: `${key} holds no document ${documentId}`, zh: `${key} 中没有文档 ${documentId}` },
      [{ field: key, message: { en: `holds no document ${documentId}`, zh: `没有文档 ${documentId}` } }],
    ),
  locked: (reason: Localized) =>
    new DomainError('conflict', 'ENTRY_LOCKED', {
      en: `The entry can no longer change: ${reason.en}`,
      zh: `申报内容已不能更改：${reason.zh}`,
    }),
  incomplete: (missing: { key: string; label: Localized }[]) =>
    new DomainError(
      'conflict',
      'ENTRY_INCOMPLETE',
      {
        en: `The entry is incomplete; required: ${joinIn(
          missing.map((m) => m.label),
          'en',
        )}`,
        zh: `申报内容不完整；必填：${joinIn(
          missing.map((m) => m.label),
          'zh',
        )}`,
      },
      missing.map((m) => ({ field: m.key, message: { en: 'is required', zh: '为必填项' } })),
    ),
  wouldBeIncomplete: (missing: { key: string; label: Localized }[]) =>
    new DomainError(
      'conflict',
      'ENTRY_WOULD_BE_INCOMPLETE',
      {
        en: `The entry is submitted, so required answers cannot be left empty: ${joinIn(
          missing.map((m) => m.label),
          'en',
        )}`,
        zh: `申报内容已提交，必填项不能留空：${joinIn(
          missing.map((m) => m.label),
          'zh',
        )}`,
      },
      missing.map((m) => ({
        field: m.key,
        message: { en: 'is required on a submitted entry', zh: '已提交的申报中此项为必填' },
      })),
    ),
  tooManyFiles: (key: string, max: number) =>
    new DomainError(
      'conflict',
      'ENTRY_FILE_LIMIT',
      { en: `${key} takes at most ${max} files`, zh: `${key} 最多接受 ${max} 个文件` },
      [{ field: key, message: { en: `at most ${max} files`, zh: `最多 ${max} 个文件` } }],
    ),
  notSubmitted: (candidacyId: string) =>
    new DomainError('conflict', 'ENTRY_NOT_SUBMITTED', {
      en: `Candidacy ${candidacyId} cannot be approved before its entry form is submitted`,
      zh: `参评申请 ${candidacyId} 的申报表提交之前不能批准`,
    }),
  exportNeedsForm: (categoryId: string) =>
    new DomainError(
      'not-found',
      'NO_ENTRY_FORM',
      {
        en: `Award category ${categoryId} asks for no entry form`,
        zh: `奖项 ${categoryId} 不需要填写申报表`,
      },
      [{ field: 'categoryId', message: { en: 'has no entry form', zh: '没有申报表' } }],
    ),
};
