import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { TextField } from '../../../ui/field';
import { ProblemMessage } from '../../../ui/problem';
import type { Round } from './round-summary';
import { ReassignForm } from './reassign-form';
import { roundKey, useEntrants, useRoundAction } from './round-data';

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
  const names = new Map(entrants.data?.map((e) => [e.id, e.enterpriseName]));
  const automatic = useRoundAction(round.id, () =>
    unwrap(
      api.POST('/rounds/{roundId}/assignments/automatic', {
        params: { path: { roundId: round.id } },
        body: { seed: Number(seed) },
      }),
    ),
  );
  const active = assignments.data?.filter((a) => a.state === 'active') ?? [];
  // Assignments change only while the round is a draft or open (the API refuses afterwards).
  const editable = round.state === 'draft' || round.state === 'open';

  return (
    <section aria-labelledby="assignments">
      <h2 id="assignments">{t('assignments.title')}</h2>
      <ProblemMessage error={assignments.error ?? automatic.error} />
      {editable ? (
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
      ) : (
        <p className="notice">{t(`assignments.frozen.${round.state}`)}</p>
      )}
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
      {editable && active.length > 0 ? <ReassignForm round={round} active={active} names={names} /> : null}
    </section>
  );
}
