import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../format/format';
import { nameIn, useCampaigns, useLanguage } from '../enterprise-queries';
import { useSelfAssessments } from './self-assessment-queries';
import { selfAssessmentState } from './self-assessment-state';

/**
 * The rounds that ask this enterprise for a self-assessment (of one campaign's category when given), each with
 * its deadline and what to do: start, continue or view. Nothing at all when no round asks for one.
 */
export function SelfAssessmentList(props: {
  enterpriseId: string;
  campaignId?: string;
  categoryId?: string;
}) {
  const { t } = useTranslation('enterprise');
  const language = useLanguage();
  const found = useSelfAssessments(props.enterpriseId);
  const campaigns = useCampaigns();
  const rounds = (found.data ?? []).filter(
    (s) =>
      s.round.state !== 'draft' &&
      (!props.campaignId || s.round.campaignId === props.campaignId) &&
      (!props.categoryId || s.round.categoryId === props.categoryId),
  );
  if (rounds.length === 0) return null;
  return (
    <section className="card" aria-labelledby="self-assessments-title">
      <h2 id="self-assessments-title">{t('selfAssessment.listTitle')}</h2>
      <p>{t('selfAssessment.listIntro')}</p>
      <div>
        {rounds.map((s) => {
          const state = selfAssessmentState(s);
          const campaign = campaigns.data?.find((c) => c.id === s.round.campaignId);
          const category = campaign?.categories.find((c) => c.id === s.round.categoryId);
          const action = state === 'todo' ? 'start' : state === 'draft' ? 'continue' : 'view';
          return (
            <article key={s.round.id}>
              <h3>{s.round.name}</h3>
              <p>
                {campaign ? campaign.name : null}
                {category ? ` · ${nameIn(category, language)}` : null}
              </p>
              <p>
                <strong>{t(`selfAssessment.state.${state}`)}</strong>
                {state === 'todo' || state === 'draft' ? (
                  <>
                    {' · '}
                    {s.round.closesAt && campaign
                      ? t('selfAssessment.due', {
                          date: formatDateTime(s.round.closesAt, campaign.timeZone, language),
                        })
                      : t('selfAssessment.noDeadline')}
                  </>
                ) : null}
              </p>
              <p>
                <Link
                  className={action === 'view' ? undefined : 'button-link'}
                  to={`/enterprise/self-assessments/${s.round.id}`}
                  aria-label={t('selfAssessment.actionOn', {
                    action: t(`selfAssessment.${action}`),
                    round: s.round.name,
                  })}
                >
                  {t(`selfAssessment.${action}`)}
                </Link>
              </p>
            </article>
          );
        })}
      </div>
    </section>
  );
}
