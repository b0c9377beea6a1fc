import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { currentLanguage } from '../../i18n/i18n';
import { ProblemMessage } from '../../ui/problem';
import { assignmentKey } from '../judge-queries';
import { DocumentLink } from './document-link';

type Slot = components['schemas']['AttachmentSlotDto'];
type Attachment = components['schemas']['SheetAttachmentResponseDto'];

/** My own files for this sheet (a site-visit report, photos), in the slots the round declares. */
export function JudgeAttachments(props: {
  assignmentId: string;
  slots: Slot[];
  attachments: Attachment[];
  locked: boolean;
}) {
  const { t } = useTranslation('judge');
  return (
    <section aria-labelledby="attachments-title">
      <h2 id="attachments-title">{t('attachments.title')}</h2>
      <p className="judge-muted">{props.locked ? t('attachments.locked') : t('attachments.lead')}</p>
      {props.slots.map((slot) => (
        <SlotFiles
          key={slot.key}
          {...props}
          slot={slot}
          files={props.attachments.filter((a) => a.slot === slot.key)}
        />
      ))}
    </section>
  );
}

function SlotFiles(props: { assignmentId: string; slot: Slot; files: Attachment[]; locked: boolean }) {
  const { t } = useTranslation('judge');
  const { assignmentId, slot, files, locked } = props;
  const queryClient = useQueryClient();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: assignmentKey(assignmentId) });
  const upload = useMutation({
    mutationFn: (chosen: File) =>
      unwrap(
        api.POST('/judging/assignments/{assignmentId}/attachments/{slot}', {
          params: { path: { assignmentId, slot: slot.key } },
          // The typed body names the part; the bytes go as multipart form data.
          body: { file: chosen.name },
          bodySerializer: () => {
            const form = new FormData();
            form.append('file', chosen);
            return form;
          },
        }),
      ),
    onSuccess: async () => {
      setFile(null);
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (documentId: string) =>
      unwrap(
        api.DELETE('/judging/assignments/{assignmentId}/attachments/{documentId}', {
          params: { path: { assignmentId, documentId } },
        }),
      ),
    onSuccess: refresh,
  });
  const full = files.length >= slot.maxFiles;
  return (
    <div className="card judge-slot">
      <h3>{slot.label[currentLanguage()]}</h3>
      <p className="judge-muted">
        {t('attachments.limits', {
          types: slot.accept.join(', '),
          mb: Math.round((slot.maxBytes / 1048576) * 10) / 10,
          n: slot.maxFiles,
        })}
      </p>
      {files.length === 0 ? <p>{t('attachments.none')}</p> : null}
      <ul className="judge-documents">
        {files.map((f) => (
          <li key={f.id}>
            <DocumentLink assignmentId={assignmentId} document={f} />{' '}
            {!locked ? (
              <button
                type="button"
                className="link-button"
                disabled={remove.isPending}
                onClick={() => remove.mutate(f.id)}
              >
                {t('attachments.remove', { name: f.fileName })}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {!locked && !full ? (
        <form
          className="judge-upload"
          onSubmit={(e) => {
            e.preventDefault();
            if (file) upload.mutate(file);
          }}
        >
          <label htmlFor={inputId}>{t('attachments.choose')}</label>
          <input
            id={inputId}
            type="file"
            accept={slot.accept.join(',')}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <button type="submit" disabled={!file || upload.isPending}>
            {upload.isPending ? t('attachments.uploading') : t('attachments.upload')}
          </button>
        </form>
      ) : null}
      <ProblemMessage error={upload.error ?? remove.error} />
    </div>
  );
}
