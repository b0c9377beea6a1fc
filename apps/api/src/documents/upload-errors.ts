import { DomainError, Localized } from '@app/common';

/** The multipart part a file is sent in; every upload route takes exactly one. */
export const UPLOAD_FIELD = 'file';

function refusal(code: string, message: Localized): DomainError {
  return new DomainError('invalid', code, message, [{ field: UPLOAD_FIELD, message }]);
}

/** How an upload's request can be wrong before any check of the file itself. */
export const UploadErrors = {
  notMultipart: () =>
    refusal('UPLOAD_NOT_MULTIPART', {
      en: 'Send the file as multipart/form-data, in a part named `file`',
      zh: '请以 multipart/form-data 发送文件，放在名为 `file` 的部分中',
    }),
  fileMissing: () =>
    refusal('UPLOAD_FILE_MISSING', {
      en: 'No file in the part named `file`',
      zh: '名为 `file` 的部分中没有文件',
    }),
  extraFiles: () =>
    refusal('UPLOAD_EXTRA_FILES', {
      en: 'Send one file per request, in the part named `file`',
      zh: '每次请求只能发送一个文件，放在名为 `file` 的部分中',
    }),
  malformed: () =>
    refusal('UPLOAD_MALFORMED', {
      en: 'The multipart body is malformed or has too many parts',
      zh: 'multipart 请求体格式错误或部分过多',
    }),
};
