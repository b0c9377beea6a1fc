import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { formatDateTime } from '../../format/format';
import { Pending } from '../../ui/problem';
import { useCampaigns, useWorkload } from '../judge-queries';
import { AssignmentRow } from './assignment-row';
import { workloadRounds } from './workload-rounds';

/** My rounds: each round I have assignments in, its campaign, deadline and progress, and its assignments. */
export default function MyRoundsPage() {
  const { t } = useTranslation('judge');
  const workload = useWorkload();
  const rounds = workloadRounds(workload.data ?? []);
  const campaigns = useCampaigns([...new Set(rounds.map((r) => r.campaignId))]);
  const language = currentLanguage();
  const [declared, setDeclared] = useState<string | null>(null);
  return (
    <section aria-labelledby="my-rounds-title" className="judge-page">
      <h1 id="my-rounds-title">{t('rounds.title')}</h1>
      <p className="lead">{t('rounds.lead')}</p>
      <div role="status">
        {declared ? <p className="notice">{t('conflict.declared', { name: declared })}</p> : null}
      </div>
      {workload.isPending || workload.error ? (
        <Pending error={workload.error} retry={() => void workload.refetch()} />
      ) : rounds.length === 0 ? (
        <p className="notice">{t('rounds.none')}</p>
      ) : (
        rounds.map((round) => {
          const campaign = campaigns.get(round.campaignId);
          const zone = campaign?.timeZone ?? 'Asia/Shanghai';
          return (
            <article
              key={round.roundId}
              className="card judge-round"
              aria-labelledby={`round-${round.roundId}`}
            >
              <h2 id={`round-${round.roundId}`}>{round.roundName}</h2>
              <dl className="facts">
                <dt>{t('rounds.campaign')}</dt>
                <dd>{campaign?.name ?? '…'}</dd>
                <dt>{t('rounds.deadline')}</dt>
                <dd>{formatDateTime(round.closesAt, zone, language)}</dd>
                <dt>{t('rounds.progress')}</dt>
                <dd>
                  <progress
                    max={round.assignments.length}
                    value={round.submitted}
                    aria-label={t('rounds.progress')}
                  />{' '}
                  {t('rounds.submittedOf', { n: round.submitted, m: round.assignments.length })}
                </dd>
                <dt>{t('rounds.state')}</dt>
                <dd>{t(`roundStates.${round.roundState}`, { defaultValue: round.roundState })}</dd>
              </dl>
              <h3>{t('rounds.assignments')}</h3>
              <ul className="judge-assignments">
                {round.assignments.map((a) => (
                  <AssignmentRow key={a.assignmentId} assignment={a} onDeclared={setDeclared} />
                ))}
              </ul>
            </article>
          );
        })
      )}
    </section>
  );
}
