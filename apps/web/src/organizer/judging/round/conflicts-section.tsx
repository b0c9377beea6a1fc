import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error';
import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import { SelectField, TextField } from '../../../ui/field';
import { ProblemMessage } from '../../../ui/problem';
import type { Round } from './round-summary';
import { roundKey, useEntrants, usePanel, useRoundAction } from './round-data';
import { formText } from '../form-text';

type Conflict = components['schemas']['PanelConflictResponseDto'];

/** Conflicts of interest on the panel; a submitted sheet a conflict reached later waits for keep or withdraw. */
export function ConflictsSection({ round }: { round: Round }) {
  const { t } = useTranslation('organizerJudging');
  const conflicts = useQuery({
    queryKey: roundKey(round.id, 'conflicts'),
    queryFn: () =>
      unwrap(api.GET('/rounds/{roundId}/conflicts', { params: { path: { roundId: round.id } } })),
  });
  const entrants = useEntrants(round.id);
  const panel = usePanel(round.id);
  const entrantName = new Map(entrants.data?.map((e) => [e.id, e.enterpriseName]));
  const judgeName = new Map(panel.data?.map((m) => [m.judgeId, m.displayName]));
  return (
    <section aria-labelledby="conflicts">
      <h2 id="conflicts">{t('conflicts.title')}</h2>
      <ProblemMessage error={conflicts.error} />
      {conflicts.data?.length === 0 ? <p>{t('conflicts.none')}</p> : null}
      <ul className="cards">
        {conflicts.data?.map((c) => (
          <li key={`${c.judgeId}-${c.entrantId}`} className="card">
            <h3>
              {t('conflicts.pair', {
                judge: judgeName.get(c.judgeId) ?? '—',
                entrant: entrantName.get(c.entrantId) ?? '—',
              })}
            </h3>
            <ul>
              {c.reasons.map((r, i) => (
                <li key={i}>
                  {t(`conflicts.source.${r.source}`, r.source)}: {r.reason}
                </li>
              ))}
            </ul>
            {c.kept ? <p className="badge badge-good">{t('conflicts.kept')}</p> : null}
            {c.awaitingDecision && c.assignmentId ? <DecisionForm roundId={round.id} conflict={c} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function DecisionForm({ roundId, conflict }: { roundId: string; conflict: Conflict }) {
  const { t } = useTranslation('organizerJudging');
  const decide = useRoundAction(roundId, (body: { decision: 'keep' | 'withdraw'; reason: string }) =>
    unwrap(
      api.POST('/rounds/{roundId}/assignments/{assignmentId}/conflict-decision', {
        params: { path: { roundId, assignmentId: conflict.assignmentId ?? '' } },
        body,
      }),
    ),
  );
  const error = decide.error instanceof ApiError ? decide.error : null;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    decide.mutate({
      decision: form.get('decision') === 'withdraw' ? 'withdraw' : 'keep',
      reason: formText(form, 'reason'),
    });
  }
  return (
    <form onSubmit={submit}>
      <p className="badge badge-warn">{t('conflicts.awaiting')}</p>
      <ProblemMessage error={decide.error} />
      <SelectField label={t('conflicts.decision')} name="decision" error={error}>
        <option value="keep">{t('conflicts.keep')}</option>
        <option value="withdraw">{t('conflicts.withdraw')}</option>
      </SelectField>
      <TextField label={t('reason')} name="reason" error={error} required />
      <div className="actions">
        <button type="submit" className="primary" disabled={decide.isPending}>
          {t('conflicts.record')}
        </button>
      </div>
    </form>
  );
}
