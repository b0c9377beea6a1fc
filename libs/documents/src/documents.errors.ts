import type { Logger } from '@nestjs/common';
import { DomainError } from '@app/common';

/** Upload refusals name the multipart part the file came in, `file`, so a form can show them beside it. */
const FIELD = 'file';

function mebibytes(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return mib >= 1 ? `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

/** What the bytes are, for a message: `application/x-msdownload (exe)`, or that they are nothing we know. */
export interface SniffedType {
  mime: string;
  ext: string;
}

export const DocumentErrors = {
  typeRefused(found: SniffedType | null, accept: readonly string[]): DomainError {
    const list = accept.join(', ');
    const en = found
      ? `The file is ${found.mime} (.${found.ext}) by its content, which is not accepted here; accepted: ${list}`
      : `The file's content is not a type we recognise (nor plain UTF-8 text) and is not accepted here; accepted: ${list}`;
    const zh = found
      ? `按内容判断，该文件为 ${found.mime}（.${found.ext}），此处不接受；可接受：${list}`
      : `无法识别该文件内容的类型（也不是 UTF-8 纯文本），此处不接受；可接受：${list}`;
    return new DomainError('unsupported-type', 'DOCUMENT_TYPE_REFUSED', { en, zh }, [
      { field: FIELD, message: { en, zh } },
    ]);
  },

  tooLarge(limitBytes: number): DomainError {
    const en = `The file is larger than the ${mebibytes(limitBytes)} (${limitBytes} bytes) allowed here`;
    const zh = `文件超过此处允许的 ${mebibytes(limitBytes)}（${limitBytes} 字节）`;
    return new DomainError('too-large', 'DOCUMENT_TOO_LARGE', { en, zh }, [
      { field: FIELD, message: { en, zh } },
    ]);
  },

  empty(): DomainError {
    const en = 'The file is empty';
    const zh = '文件为空';
    return new DomainError('invalid', 'DOCUMENT_EMPTY', { en, zh }, [{ field: FIELD, message: { en, zh } }]);
  },

  limitReached(maxFiles: number): DomainError {
    const en = `This field already holds its ${maxFiles} file(s); remove one before adding another`;
    const zh = `此字段已有 ${maxFiles} 个文件（上限）；请先删除一个再上传`;
    return new DomainError('conflict', 'DOCUMENT_LIMIT', { en, zh }, [{ field: FIELD, message: { en, zh } }]);
  },

  infected(signature: string): DomainError {
    const en = `The virus scanner found ${signature} in the file; it was not stored`;
    const zh = `病毒扫描在文件中发现 ${signature}，文件未保存`;
    return new DomainError('unprocessable', 'DOCUMENT_INFECTED', { en, zh }, [
      { field: FIELD, message: { en, zh } },
    ]);
  },

  scannerUnavailable(): DomainError {
    return new DomainError('unavailable', 'SCANNER_UNAVAILABLE', {
      en: 'The virus scanner is not answering, so the file was not stored; try again in a moment',
      zh: '病毒扫描服务暂无响应，文件未保存；请稍后再试',
    });
  },

  storageUnavailable(): DomainError {
    return new DomainError('unavailable', 'STORAGE_UNAVAILABLE', {
      en: 'The document storage is not answering; nothing was stored or sent. Try again in a moment',
      zh: '文档存储暂无响应，未保存或发送任何内容；请稍后再试',
    });
  },

  interrupted(): DomainError {
    const en = 'The upload was cut off before the file arrived whole; nothing was stored';
    const zh = '上传在文件完整到达前中断，未保存任何内容';
    return new DomainError('invalid', 'UPLOAD_INTERRUPTED', { en, zh }, [
      { field: FIELD, message: { en, zh } },
    ]);
  },

  notFound(): DomainError {
    return new DomainError('not-found', 'DOCUMENT_NOT_FOUND', {
      en: 'No such document, or this link does not open it',
      zh: '文档不存在，或此链接无法打开它',
    });
  },

  linkExpired(): DomainError {
    return new DomainError('forbidden', 'DOCUMENT_LINK_EXPIRED', {
      en: 'This download link has expired; open the document again from where you found it',
      zh: '此下载链接已过期；请从原处重新打开文档',
    });
  },
};

/**
 * A storage that failed (unreachable, full, refusing): logged with its cause for the operator, answered 503
 * to the client, whose upload or download may work in a moment.
 */
export function storageFailure(logger: Logger, error: unknown): DomainError {
  const e = error instanceof Error ? error : new Error(String(error));
  logger.error(`Documents storage failed: ${e.name}: ${e.message}`, e.stack);
  return DocumentErrors.storageUnavailable();
}
