import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error';
import { api, unwrap } from '../../../api/client';
import { SelectField, TextField } from '../../../ui/field';
import { ProblemMessage } from '../../../ui/problem';
import type { Round } from './round-summary';
import { roundKey, useEntrants, usePanel, useRoundAction } from './round-data';
import { formText } from '../form-text';

/** Who scores whom: the automatic assignment (seeded, repeatable), then one assignment handed to another judge. */
export function AssignmentsSection({ round }: { round: Round }) {
  const { t } = useTranslation('organizerJudging');
  const [seed, setSeed] = useState(String(new Date().getFullYear()));
  const assignments = useQuery({
    queryKey: roundKey(round.id, 'assignments'),
    queryFn: () =>
      unwrap(api.GET('/rounds/{roundId}/assignments', { params: { path: { roundId: round.id } } })),
  });
  const entrants = useEntrants(round.id);
  const panel = usePanel(round.id);
  const names = new Map(entrants.data?.map((e) => [e.id, e.enterpriseName]));
  const automatic = useRoundAction(round.id, () =>
    unwrap(
      api.POST('/rounds/{roundId}/assignments/automatic', {
        params: { path: { roundId: round.id } },
        body: { seed: Number(seed) },
      }),
    ),
  );
  const reassign = useRoundAction(
    round.id,
    (input: { assignmentId: string; judgeId: string; reason: string }) =>
      unwrap(
        api.POST('/rounds/{roundId}/assignments/{assignmentId}/reassign', {
          params: { path: { roundId: round.id, assignmentId: input.assignmentId } },
          body: { judgeId: input.judgeId, reason: input.reason },
        }),
      ),
  );
  const active = assignments.data?.filter((a) => a.state === 'active') ?? [];
  const reassignError = reassign.error instanceof ApiError ? reassign.error : null;

  function submitReassign(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    reassign.mutate({
      assignmentId: formText(form, 'assignmentId'),
      judgeId: formText(form, 'judgeId'),
      reason: formText(form, 'reason'),
    });
  }

  return (
    <section aria-labelledby="assignments">
      <h2 id="assignments">{t('assignments.title')}</h2>
      <ProblemMessage error={assignments.error ?? automatic.error} />
      <div className="inline-form">
        <TextField
          label={t('assignments.seed')}
          help={t('assignments.seedHelp')}
          name="seed"
          type="number"
          value={seed}
          onChange={(e) => setSeed(e.target.value)}
        />
        <button type="button" className="primary" onClick={() => automatic.mutate(undefined)}>
          {t('assignments.automatic')}
        </button>
      </div>
      {automatic.data ? (
        <p className="notice" role="status">
          {t('assignments.created', { count: automatic.data.created, experts: automatic.data.expertMatches })}
        </p>
      ) : null}
      {active.length > 0 ? (
        <table className="stack">
          <thead>
            <tr>
              <th scope="col">{t('assignments.entrant')}</th>
              <th scope="col">{t('assignments.judge')}</th>
              <th scope="col">{t('assignments.method')}</th>
              <th scope="col">{t('assignments.sheet')}</th>
            </tr>
          </thead>
          <tbody>
            {active.map((a) => (
              <tr key={a.id}>
                <td data-label={t('assignments.entrant')}>{names.get(a.entrantId) ?? '—'}</td>
                <td data-label={t('assignments.judge')}>{a.judgeName}</td>
                <td data-label={t('assignments.method')}>{t(`assignments.methods.${a.method}`)}</td>
                <td data-label={t('assignments.sheet')}>
                  {t(`sheetState.${a.sheetState ?? 'not-started'}`)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {active.length > 0 ? (
        <form onSubmit={submitReassign} aria-labelledby="reassign">
          <h3 id="reassign">{t('assignments.reassignTitle')}</h3>
          <ProblemMessage error={reassign.error} />
          {reassign.isSuccess ? (
            <p className="notice" role="status">
              {t('assignments.reassigned')}
            </p>
          ) : null}
          <SelectField label={t('assignments.which')} name="assignmentId" error={reassignError}>
            {active.map((a) => (
              <option key={a.id} value={a.id}>
                {`${names.get(a.entrantId) ?? '—'} · ${a.judgeName}`}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('assignments.newJudge')} name="judgeId" error={reassignError}>
            {panel.data?.map((m) => (
              <option key={m.judgeId} value={m.judgeId}>
                {m.displayName}
              </option>
            ))}
          </SelectField>
          <TextField label={t('reason')} name="reason" error={reassignError} required />
          <div className="actions">
            <button type="submit" disabled={reassign.isPending}>
              {t('assignments.reassign')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
