import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error';
import { api, unwrap } from '../../../api/client';
import { formatNumber } from '../../../format/format';
import { SelectField, TextField } from '../../../ui/field';
import { ProblemMessage } from '../../../ui/problem';
import { useLanguage } from '../use-campaign';
import type { Round } from './round-summary';
import { roundKey, useEntrants, useRoundAction } from './round-data';
import { formText } from '../form-text';

/** Who owes which sheets, a reminder to everyone behind, and a submitted sheet handed back to its judge. */
export function ProgressSection({ round }: { round: Round; timeZone: string }) {
  const { t } = useTranslation('organizerJudging');
  const language = useLanguage();
  const progress = useQuery({
    queryKey: roundKey(round.id, 'progress'),
    queryFn: () => unwrap(api.GET('/rounds/{roundId}/progress', { params: { path: { roundId: round.id } } })),
  });
  const entrants = useEntrants(round.id);
  const entrantName = new Map(entrants.data?.map((e) => [e.id, e.enterpriseName]));
  const judgeName = new Map(progress.data?.judges.map((j) => [j.judgeId, j.displayName]));
  const remind = useRoundAction(round.id, () =>
    unwrap(api.POST('/rounds/{roundId}/reminders', { params: { path: { roundId: round.id } } })),
  );
  const reopen = useRoundAction(round.id, (input: { sheetId: string; reason: string }) =>
    unwrap(
      api.POST('/rounds/{roundId}/sheets/{sheetId}/reopen', {
        params: { path: { roundId: round.id, sheetId: input.sheetId } },
        body: { reason: input.reason },
      }),
    ),
  );
  const reopenError = reopen.error instanceof ApiError ? reopen.error : null;
  const submitted = progress.data?.sheets.filter((s) => s.state === 'submitted' && s.sheetId) ?? [];
  const n = (value: number) => formatNumber(value, language, 0);

  function submitReopen(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    reopen.mutate({ sheetId: formText(form, 'sheetId'), reason: formText(form, 'reason') });
  }

  return (
    <section aria-labelledby="progress">
      <h2 id="progress">{t('progress.title')}</h2>
      <ProblemMessage error={progress.error ?? remind.error} />
      {progress.data ? (
        <p>
          {t('progress.summary', {
            submitted: n(progress.data.submitted),
            total: n(progress.data.sheets.length),
          })}
        </p>
      ) : null}
      <table className="stack">
        <thead>
          <tr>
            <th scope="col">{t('progress.judge')}</th>
            <th scope="col">{t('progress.assigned')}</th>
            <th scope="col">{t('progress.submitted')}</th>
            <th scope="col">{t('progress.drafts')}</th>
            <th scope="col">{t('progress.notStarted')}</th>
          </tr>
        </thead>
        <tbody>
          {progress.data?.judges.map((j) => (
            <tr key={j.judgeId}>
              <th scope="row">{j.displayName}</th>
              <td data-label={t('progress.assigned')}>{n(j.assigned)}</td>
              <td data-label={t('progress.submitted')}>{n(j.submitted)}</td>
              <td data-label={t('progress.drafts')}>{n(j.drafts)}</td>
              <td data-label={t('progress.notStarted')}>{n(j.notStarted)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {round.state === 'open' ? (
        <div className="actions">
          <button type="button" onClick={() => remind.mutate(undefined)} disabled={remind.isPending}>
            {t('progress.remind')}
          </button>
        </div>
      ) : null}
      {remind.data ? (
        <p className="notice" role="status">
          {t('progress.reminded', { count: remind.data.reminded })}
        </p>
      ) : null}
      {submitted.length > 0 && round.state === 'open' ? (
        <form onSubmit={submitReopen} aria-labelledby="reopen">
          <h3 id="reopen">{t('progress.reopenTitle')}</h3>
          <ProblemMessage error={reopen.error} />
          {reopen.isSuccess ? (
            <p className="notice" role="status">
              {t('progress.reopened')}
            </p>
          ) : null}
          <SelectField label={t('progress.sheet')} name="sheetId" error={reopenError}>
            {submitted.map((s) => (
              <option key={s.sheetId} value={s.sheetId ?? ''}>
                {`${entrantName.get(s.entrantId) ?? '—'} · ${judgeName.get(s.judgeId ?? '') ?? '—'}`}
              </option>
            ))}
          </SelectField>
          <TextField label={t('reason')} name="reason" error={reopenError} required />
          <div className="actions">
            <button type="submit" disabled={reopen.isPending}>
              {t('progress.reopen')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
