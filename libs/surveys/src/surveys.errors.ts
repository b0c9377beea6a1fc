import { DomainError, LocalizedFieldProblem } from '@app/common';

export const SurveyErrors = {
  invalid: (problems: LocalizedFieldProblem[]) =>
    new DomainError(
      'invalid',
      'SURVEY_INPUT_INVALID',
      {
        en: `Invalid: ${problems.map((p) => p.field).join(', ')}`,
        zh: `无效：${problems.map((p) => p.field).join('、')}`,
      },
      problems,
    ),
  versionNotFound: (version: string) =>
    new DomainError('not-found', 'METHODOLOGY_VERSION_NOT_FOUND', {
      en: `No methodology version ${version}`,
      zh: `没有方法论版本 ${version}`,
    }),
  versionExists: (version: string) =>
    new DomainError(
      'conflict',
      'METHODOLOGY_VERSION_EXISTS',
      {
        en: `Methodology version ${version} already exists; versions are never edited, create a new one`,
        zh: `方法论版本 ${version} 已存在；版本从不修改，请新建一个`,
      },
      [{ field: 'version', message: { en: 'is already used', zh: '已被使用' } }],
    ),
  instrumentFrozen: (state: string) =>
    new DomainError('conflict', 'INSTRUMENT_FROZEN', {
      en: `The survey instrument and methodology are frozen once the campaign enters survey (it is ${state})`,
      zh: `评选活动进入 survey 后，调查问卷和方法论即被冻结（当前为 ${state}）`,
    }),
  notReceiving: (state: string) =>
    new DomainError('conflict', 'SURVEY_NOT_OPEN', {
      en: `Responses are accepted only while the campaign is in survey (it is ${state})`,
      zh: `只在评选活动处于 survey 时接收答卷（当前为 ${state}）`,
    }),
  importNotFound: (id: string) =>
    new DomainError('not-found', 'IMPORT_NOT_FOUND', {
      en: `No import ${id} visible to you`,
      zh: `没有你可见的导入 ${id}`,
    }),
  keyNotFound: (id: string) =>
    new DomainError('not-found', 'PARTNER_KEY_NOT_FOUND', {
      en: `No survey-partner key ${id}`,
      zh: `没有调查合作方密钥 ${id}`,
    }),
  badHeader: (problems: LocalizedFieldProblem[]) =>
    new DomainError(
      'invalid',
      'IMPORT_HEADER_INVALID',
      {
        en: `The file's header is not usable: ${problems.map((p) => p.message.en).join('; ')}`,
        zh: `文件的表头不可用：${problems.map((p) => p.message.zh).join('；')}`,
      },
      problems,
    ),
  recordTooLong: (line: number, format: 'csv' | 'ndjson' = 'csv') =>
    new DomainError(
      'invalid',
      'IMPORT_RECORD_TOO_LONG',
      {
        en:
          `The record starting on line ${line} is longer than 1,000,000 characters` +
          (format === 'csv' ? ' (an unclosed quote?)' : ' (a missing newline?)'),
        zh:
          `从第 ${line} 行开始的记录超过 1,000,000 个字符` +
          (format === 'csv' ? '（引号未闭合？）' : '（缺少换行？）'),
      },
      [
        {
          field: `line ${line}`,
          message: { en: 'record longer than 1,000,000 characters', zh: '记录超过 1,000,000 个字符' },
        },
      ],
    ),
  unsupportedFormat: (contentType: string) =>
    new DomainError(
      'invalid',
      'IMPORT_FORMAT_UNSUPPORTED',
      {
        en: `Send text/csv or application/x-ndjson, not ${contentType}`,
        zh: `请发送 text/csv 或 application/x-ndjson，而不是 ${contentType}`,
      },
      [
        {
          field: 'content-type',
          message: {
            en: 'must be text/csv or application/x-ndjson',
            zh: '必须是 text/csv 或 application/x-ndjson',
          },
        },
      ],
    ),
  importsBusy: () =>
    new DomainError('unavailable', 'IMPORTS_BUSY', {
      en: 'Too many imports are waiting for their turn on this server; nothing was stored: send it again shortly',
      zh: '此服务器上等待处理的导入过多；未存储任何内容：请稍后重新发送',
    }),
  importAbandoned: () =>
    new DomainError('unavailable', 'IMPORT_ABANDONED', {
      en: 'The import waited so long for its turn that it was marked failed; nothing was stored: send it again',
      zh: '该导入等待处理的时间过长，已被标记为失败；未存储任何内容：请重新发送',
    }),
  clientGone: () =>
    new DomainError('conflict', 'IMPORT_CLIENT_GONE', {
      en: 'The client closed the connection before the import had its turn; nothing was stored',
      zh: '导入轮到处理之前客户端已关闭连接；未存储任何内容',
    }),
};
