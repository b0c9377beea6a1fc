import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ProblemMessage } from '../../ui/problem';
import type { Campaign } from './campaign-data';
import { ImportReport } from './import-report';

const MEDIA_TYPES: Record<string, 'text/csv' | 'application/x-ndjson'> = {
  csv: 'text/csv',
  ndjson: 'application/x-ndjson',
  jsonl: 'application/x-ndjson',
};

/**
 * Upload a CSV or NDJSON file of responses through the API's import route. While the file is sent, the newest
 * import's progress is polled (the API records it every half second); once stored, the import is polled until
 * the worker has aggregated it, then its data-quality report is shown.
 */
export function SurveyImport({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation('organizer');
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const path = { campaignId: campaign.id };
  const latest = useQuery({
    queryKey: ['imports', campaign.id, 'latest'],
    queryFn: () =>
      unwrap(api.GET('/campaigns/{campaignId}/imports', { params: { path, query: { pageSize: 1 } } })),
    enabled: uploading,
    refetchInterval: uploading ? 500 : false,
  });
  const current = useQuery({
    queryKey: ['imports', campaign.id, importId],
    queryFn: () =>
      unwrap(
        api.GET('/campaigns/{campaignId}/imports/{importId}', {
          params: { path: { ...path, importId: importId! } },
        }),
      ),
    enabled: importId !== null,
    refetchInterval: (q) =>
      q.state.data && ['aggregated', 'failed'].includes(q.state.data.state) ? false : 1000,
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const type = file ? MEDIA_TYPES[file.name.split('.').pop()?.toLowerCase() ?? ''] : undefined;
    if (!file || !type) {
      setProblem(t('surveys.chooseFile'));
      return;
    }
    setProblem(undefined);
    setError(null);
    setImportId(null);
    setUploading(true);
    try {
      const text = await file.text();
      const stored = await unwrap(
        api.POST('/campaigns/{campaignId}/imports', {
          params: { path },
          body: text,
          headers: { 'content-type': type },
          bodySerializer: (body: string) => body,
        }),
      );
      setImportId(stored.id);
      void queryClient.invalidateQueries({ queryKey: ['campaign-summary', campaign.id] });
    } catch (err) {
      setError(err);
    } finally {
      setUploading(false);
    }
  };
  const receiving = uploading ? latest.data?.items.find((i) => i.state === 'receiving') : undefined;
  const shown = current.data ?? null;
  const progress = shown ? (shown.state === 'aggregated' ? 100 : shown.progress) : (receiving?.progress ?? 0);
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t('surveys.import')}</h2>
      {campaign.state !== 'survey' ? <p className="notice">{t('surveys.onlyInSurvey')}</p> : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className={problem ? 'field field-invalid' : 'field'}>
          <label htmlFor="import-file">{t('surveys.file')}</label>
          <p className="field-help" id="import-file-help">
            {t('surveys.fileHelp')}
          </p>
          <input
            id="import-file"
            type="file"
            accept=".csv,.ndjson,.jsonl,text/csv,application/x-ndjson"
            aria-describedby={problem ? 'import-file-problem import-file-help' : 'import-file-help'}
            aria-invalid={problem ? true : undefined}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          {problem ? (
            <p className="field-problem" id="import-file-problem" role="alert">
              {problem}
            </p>
          ) : null}
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={uploading}>
            {t('surveys.upload')}
          </button>
        </div>
      </form>
      <ProblemMessage error={error} />
      {uploading || shown ? (
        <div className="import-progress">
          <label htmlFor="import-progress-bar">
            {shown ? t(`surveys.states.${shown.state}`) : t('surveys.states.receiving')}
          </label>
          <progress id="import-progress-bar" max={100} value={progress}>
            {progress}%
          </progress>
        </div>
      ) : null}
      {shown ? <ImportReport campaign={campaign} report={shown} /> : null}
    </section>
  );
}
