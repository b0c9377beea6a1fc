import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { ProblemMessage } from '../../../ui/problem';
import type { Round } from './round-summary';
import { useEntrants, useRoundAction } from './round-data';

/** Who the round judges: the category's approved candidacies (or those the last round advanced). */
export function EntrantsSection({ round }: { round: Round }) {
  const { t } = useTranslation('organizerJudging');
  const entrants = useEntrants(round.id);
  const refresh = useRoundAction(round.id, () =>
    unwrap(api.POST('/rounds/{roundId}/entrants/refresh', { params: { path: { roundId: round.id } } })),
  );
  return (
    <section aria-labelledby="entrants">
      <h2 id="entrants">{t('entrants.title', { count: entrants.data?.length ?? 0 })}</h2>
      <ProblemMessage error={entrants.error ?? refresh.error} />
      <ul>
        {entrants.data?.map((e) => (
          <li key={e.id}>
            {e.enterpriseName} <span className="badge badge-muted">{t(`entrants.source.${e.source}`)}</span>
          </li>
        ))}
      </ul>
      {round.state === 'draft' ? (
        <div className="actions">
          <button type="button" onClick={() => refresh.mutate(undefined)} disabled={refresh.isPending}>
            {t('entrants.refresh')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
