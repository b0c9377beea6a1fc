import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ProblemMessage } from '../../ui/problem';
import type { ListedDocument } from './dossier-types';

/**
 * Opens a document of my assignment in a new tab. Links are signed for me and last minutes, so one is asked
 * for on each press; the tab opens at once (inside the press, so no pop-up blocker stops it) and then goes to
 * the link. PDFs and images show in the browser.
 */
export function DocumentLink({ assignmentId, document }: { assignmentId: string; document: ListedDocument }) {
  const { t } = useTranslation('judge');
  const [error, setError] = useState<unknown>(null);
  const open = async () => {
    setError(null);
    const tab = window.open('about:blank', '_blank');
    try {
      const link = await unwrap(
        api.GET('/judging/assignments/{assignmentId}/documents/{documentId}/link', {
          params: { path: { assignmentId, documentId: document.id } },
        }),
      );
      if (tab) tab.location.href = link.url;
      else window.location.assign(link.url);
    } catch (e) {
      tab?.close();
      setError(e);
    }
  };
  return (
    <>
      <button type="button" className="link-button" onClick={() => void open()}>
        {t('dossier.openDocument', { name: document.fileName })}
      </button>{' '}
      <span className="judge-muted">
        ({document.mediaType}, {t('dossier.size', { kb: Math.max(1, Math.round(document.sizeBytes / 1024)) })}
        )
      </span>
      {error ? <ProblemMessage error={error} /> : null}
    </>
  );
}
