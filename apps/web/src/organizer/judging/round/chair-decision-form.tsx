import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error';
import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import { TextField } from '../../../ui/field';
import { ProblemMessage } from '../../../ui/problem';
import type { Round } from './round-summary';
import { useRoundAction } from './round-data';
import { formText } from '../form-text';

type Entrant = components['schemas']['EntrantResultDto'];

/** Entrants whose order the rubric could not settle: the tie-break fell through to the chair. */
export function tiedForChair(entrants: Entrant[]): Entrant[] {
  return entrants.filter((e) => e.decidedBy === 'chair-decision');
}

/** The chair's order of tied entrants, with the reason published beside it. */
export function ChairDecisionForm({ round, entrants }: { round: Round; entrants: Entrant[] }) {
  const { t } = useTranslation('organizerJudging');
  const [order, setOrder] = useState(() => tiedForChair(entrants));
  const record = useRoundAction(round.id, (reason: string) =>
    unwrap(
      api.PUT('/rounds/{roundId}/chair-decision', {
        params: { path: { roundId: round.id } },
        body: { order: order.map((e) => e.entrantId), reason },
      }),
    ),
  );
  if (order.length < 2 || round.state !== 'closed') return null;
  const error = record.error instanceof ApiError ? record.error : null;
  const up = (i: number) =>
    setOrder((old) => {
      const next = [...old];
      [next[i - 1], next[i]] = [next[i], next[i - 1]];
      return next;
    });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    record.mutate(formText(new FormData(event.currentTarget), 'reason'));
  }
  return (
    <form onSubmit={submit} aria-labelledby="chair">
      <h3 id="chair">{t('chair.title')}</h3>
      <ProblemMessage error={record.error} />
      <ol>
        {order.map((e, i) => (
          <li key={e.entrantId}>
            {e.enterpriseName}{' '}
            {i > 0 ? (
              <button type="button" onClick={() => up(i)}>
                {t('chair.up', { name: e.enterpriseName })}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      <TextField label={t('reason')} name="reason" error={error} required />
      <div className="actions">
        <button type="submit" className="primary" disabled={record.isPending}>
          {t('chair.record')}
        </button>
      </div>
    </form>
  );
}
