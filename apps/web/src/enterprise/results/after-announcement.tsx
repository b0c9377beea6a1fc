import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatNumber } from '../../format/format';
import { Pending } from '../../ui/problem';
import { outcomeName } from '../../ui/rubric-sheet/rubric-names';
import { useLanguage, type Campaign } from '../enterprise-queries';
import { CertificatesList } from './certificates-list';
import { feedbackRounds } from './feedback-rounds';

/** After the announcement: the judges' feedback to this enterprise, and the published results and certificates. */
export function AfterAnnouncement({ campaign, enterpriseId }: { campaign: Campaign; enterpriseId: string }) {
  const { t } = useTranslation('enterprise');
  const language = useLanguage();
  const announced = campaign.state === 'announced' || campaign.state === 'archived';
  const feedback = useQuery({
    queryKey: ['enterprise', 'feedback', campaign.id, enterpriseId],
    queryFn: () =>
      unwrap(
        api.GET('/campaigns/{campaignId}/enterprises/{enterpriseId}/feedback', {
          params: { path: { campaignId: campaign.id, enterpriseId } },
        }),
      ),
    enabled: announced,
    retry: false,
  });
  if (!announced) return null;
  const rounds = feedback.data ? feedbackRounds(feedback.data.rounds) : [];
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">{t('results.title')}</h2>
      <p>
        <a href={`/results/${encodeURIComponent(campaign.slug)}?lang=${language}`}>
          {t('results.publicPage')}
        </a>
      </p>
      <CertificatesList campaign={campaign} enterpriseId={enterpriseId} />
      <h3>{t('results.feedbackTitle')}</h3>
      {feedback.isPending ? <Pending /> : null}
      {feedback.data && rounds.length === 0 ? <p>{t('results.noFeedback')}</p> : null}
      {rounds.map((round) => (
        <article key={round.roundId} className="card">
          <h4>{round.roundName}</h4>
          <dl className="facts">
            <dt>{t('results.score')}</dt>
            <dd>{formatNumber(round.score, language, 1)}</dd>
            <dt>{t('results.band')}</dt>
            <dd>{round.band ? outcomeName(round.band, round.bandNameZh, language) : '—'}</dd>
          </dl>
          {round.categories.length > 0 ? (
            <table className="stack">
              <thead>
                <tr>
                  <th scope="col">{t('results.category')}</th>
                  <th scope="col" className="number">
                    {t('results.percent')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {round.categories.map((c) => (
                  <tr key={c.code}>
                    <td
                      data-label={t('results.category')}
                      lang={language === 'zh' && !c.nameZh ? 'en' : undefined}
                    >
                      {language === 'zh' && c.nameZh ? c.nameZh : c.name}
                    </td>
                    <td data-label={t('results.percent')} className="number">
                      {formatNumber(c.percent, language, 0)}%
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {round.comments.length > 0 ? (
            <>
              <h5>{t('results.comments')}</h5>
              <ul>
                {round.comments.map((c, i) => (
                  <li key={i}>{c}</li>
                ))}
              </ul>
            </>
          ) : null}
        </article>
      ))}
    </section>
  );
}
