import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/api-error';
import { formatDateTime } from '../../format/format';
import { ProblemMessage } from '../../ui/problem';
import { inLanguage, useLanguage } from '../enterprise-queries';
import type { Entry } from './entry-answers';

/**
 * Submitting: possible once every required answer that shows is given. A refusal lists what is missing here
 * and beside each field; a submitted entry can still be corrected until registration closes.
 */
export function SubmitPanel(props: {
  entry: Entry;
  progress: { answered: number; required: number; missing: string[] };
  onSubmitted: (entry: Entry) => void;
  onRefused: (error: ApiError) => void;
  /** The campaign's, in which its dates are read. */
  timeZone: string;
}) {
  const { t } = useTranslation('enterprise');
  const language = useLanguage();
  const { entry } = props;
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [justSubmitted, setJustSubmitted] = useState(false);

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      props.onSubmitted(
        await unwrap(
          api.POST('/candidacies/{id}/entry/submit', { params: { path: { id: entry.candidacyId } } }),
        ),
      );
      setJustSubmitted(true);
    } catch (e) {
      const refusal = e instanceof ApiError ? e : ApiError.offline();
      setError(refusal);
      props.onRefused(refusal);
    } finally {
      setBusy(false);
    }
  }

  // A refusal for missing answers stops applying once they are given; any other refusal stays until retried.
  const stillMissing = error?.fieldProblems.filter((p) => props.progress.missing.includes(p.field)) ?? [];
  const shownError = error && (error.code !== 'ENTRY_INCOMPLETE' || stillMissing.length > 0) ? error : null;
  const labelOf = (key: string) =>
    entry.form.definition.sections.flatMap((s) => s.fields).find((f) => f.key === key)?.label;
  return (
    <section className="submit-panel card" aria-labelledby="submit-title">
      <h2 id="submit-title">{t('entry.submitTitle')}</h2>
      {entry.state === 'submitted' ? (
        <p className="notice" role="status">
          {justSubmitted
            ? t('entry.submittedNow')
            : t(entry.editable ? 'entry.submittedAt' : 'entry.submittedOn', {
                at: formatDateTime(entry.submittedAt, props.timeZone, language),
              })}
        </p>
      ) : (
        <p>{t('entry.submitIntro')}</p>
      )}
      {shownError ? <ProblemMessage error={shownError} /> : null}
      {shownError && stillMissing.length > 0 ? (
        <ul className="missing-list">
          {stillMissing.map((p) => (
            <li key={p.field}>{inLanguage(labelOf(p.field), language) || p.field}</li>
          ))}
        </ul>
      ) : null}
      {entry.editable && entry.state !== 'submitted' ? (
        <button type="button" className="primary" disabled={busy} onClick={() => void submit()}>
          {busy ? t('common:saving') : t('entry.submit')}
        </button>
      ) : null}
    </section>
  );
}
