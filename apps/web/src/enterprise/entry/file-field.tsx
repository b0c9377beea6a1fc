import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/api-error';
import { formatNumber } from '../../format/format';
import { inLanguage, useLanguage } from '../enterprise-queries';
import { fileLimits, type EntryDocument, type Field } from './entry-answers';
import { fetchWithUploadProgress } from './upload-progress';

interface Props {
  candidacyId: string;
  field: Field;
  documents: EntryDocument[];
  editable: boolean;
  /** A problem the page was told about for this field (submission's missing list). */
  problem?: string;
  onChange: (documents: EntryDocument[]) => void;
}

/**
 * A file field: its files (each opens through a short-lived link), an upload with its progress, and the
 * API's reason when it refuses a file (a type read from the bytes, a size, a count).
 */
export function FileField({ candidacyId, field, documents, editable, problem, onChange }: Props) {
  const { t } = useTranslation('enterprise');
  const language = useLanguage();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const limits = fileLimits(field);
  const full = documents.length >= limits.files;
  const path = { id: candidacyId, fieldKey: field.key };

  async function upload(file: File) {
    setError(null);
    setDone(null);
    setProgress(0);
    try {
      const answer = await unwrap(
        api.POST('/candidacies/{id}/entry/files/{fieldKey}', {
          params: { path },
          // The schema types the binary part as a string (its name here); the serializer sends the file itself.
          body: { file: file.name },
          bodySerializer: () => {
            const form = new FormData();
            form.append('file', file, file.name);
            return form;
          },
          fetch: fetchWithUploadProgress(setProgress),
        }),
      );
      onChange(answer.value);
      setDone(file.name);
    } catch (e) {
      setError(e instanceof ApiError ? e : ApiError.offline());
    } finally {
      setProgress(null);
      if (input.current) input.current.value = '';
    }
  }

  async function remove(document: EntryDocument) {
    setError(null);
    setDone(null);
    try {
      const answer = await unwrap(
        api.DELETE('/candidacies/{id}/entry/files/{fieldKey}/{documentId}', {
          params: { path: { ...path, documentId: document.id } },
        }),
      );
      onChange(answer.value);
    } catch (e) {
      setError(e as ApiError);
    }
  }

  async function open(document: EntryDocument) {
    setError(null);
    try {
      const link = await unwrap(
        api.GET('/candidacies/{id}/entry/documents/{documentId}/link', {
          params: { path: { id: candidacyId, documentId: document.id } },
        }),
      );
      window.open(link.url, '_blank', 'noopener');
    } catch (e) {
      setError(e as ApiError);
    }
  }

  const shownProblem = error?.message || (error ? t('entry.uploadFailed') : problem);
  const help = [
    field.help ? inLanguage(field.help, language) : '',
    t('entry.fileLimits', {
      types: limits.types || t('entry.anyType'),
      size: limits.megabytes ? t('entry.megabytes', { count: limits.megabytes }) : t('entry.noSizeLimit'),
      count: limits.files,
    }),
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={shownProblem ? 'field field-invalid entry-file' : 'field entry-file'}>
      <label htmlFor={id}>
        {inLanguage(field.label, language)}
        {field.required ? <span className="field-required"> ({t('common:required')})</span> : null}
      </label>
      <p className="field-help" id={`${id}-help`}>
        {help}
      </p>
      {documents.length > 0 ? (
        <ul className="file-list">
          {documents.map((d) => (
            <li key={d.id}>
              <button type="button" className="link-button" onClick={() => void open(d)}>
                {d.fileName}
              </button>{' '}
              <span className="field-help">
                (
                {d.sizeBytes < 1024
                  ? t('entry.bytes', { size: formatNumber(d.sizeBytes, language, 0) })
                  : t('entry.kilobytes', { size: formatNumber(d.sizeBytes / 1024, language, 0) })}
                )
              </span>
              {editable ? (
                <button
                  type="button"
                  className="danger"
                  onClick={() => void remove(d)}
                  aria-label={t('entry.removeFile', { name: d.fileName })}
                >
                  {t('entry.remove')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {editable && !full ? (
        <input
          ref={input}
          id={id}
          type="file"
          name={field.key}
          accept={(field.accept ?? []).join(',') || undefined}
          aria-describedby={[shownProblem ? `${id}-problem` : '', `${id}-help`].filter(Boolean).join(' ')}
          aria-invalid={shownProblem ? true : undefined}
          disabled={progress !== null}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void upload(file);
          }}
        />
      ) : editable ? (
        <p id={id}>{t('entry.filesFull', { count: limits.files })}</p>
      ) : documents.length === 0 ? (
        <p id={id}>{t('entry.noFiles')}</p>
      ) : null}
      {progress !== null ? (
        <p role="status">
          <label>
            {t('entry.uploading', { percent: Math.round(progress * 100) })}
            <progress max={1} value={progress} />
          </label>
        </p>
      ) : null}
      {done ? (
        <p className="field-saved" role="status">
          {t('entry.uploaded', { name: done })}
        </p>
      ) : null}
      {shownProblem ? (
        <p className="field-problem" id={`${id}-problem`} role="alert">
          {shownProblem}
        </p>
      ) : null}
    </div>
  );
}
