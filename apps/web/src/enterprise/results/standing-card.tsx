import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDateTime, formatNumber, formatPercent } from '../../format/format';
import { useLanguage, type Campaign } from '../enterprise-queries';

/**
 * The enterprise's own live standing in its industry, once the survey has figures for it. Before that (or when
 * the campaign shows no standing) the card is not drawn: there is nothing to read yet.
 */
export function StandingCard({ campaign, enterpriseId }: { campaign: Campaign; enterpriseId: string }) {
  const { t } = useTranslation('enterprise');
  const language = useLanguage();
  const surveyStarted = !['draft', 'registration'].includes(campaign.state);
  const standing = useQuery({
    queryKey: ['enterprise', 'standing', campaign.id, enterpriseId],
    queryFn: () =>
      unwrap(
        api.GET('/campaigns/{campaignId}/enterprises/{enterpriseId}/standing', {
          params: { path: { campaignId: campaign.id, enterpriseId } },
        }),
      ),
    enabled: surveyStarted,
    retry: false,
  });
  const figures = standing.data?.entry;
  if (!figures) return null;
  return (
    <section className="card" aria-labelledby="standing-title">
      <h2 id="standing-title">{t('standing.title')}</h2>
      <dl className="facts">
        <dt>{t('standing.rank')}</dt>
        <dd>
          {figures.rank
            ? t('standing.rankOf', { rank: figures.rank, of: standing.data?.rankedInIndustry ?? 0 })
            : t(`standing.eligibility.${figures.eligibility}`)}
        </dd>
        <dt>{t('standing.csi')}</dt>
        <dd>{formatNumber(figures.publishedCsi, language, 1)}</dd>
        <dt>{t('standing.percentile')}</dt>
        <dd>{formatPercent(figures.percentile, language)}</dd>
        <dt>{t('standing.responses')}</dt>
        <dd>{formatNumber(figures.n, language, 0)}</dd>
        <dt>{t('standing.computedAt')}</dt>
        <dd>{formatDateTime(standing.data?.computedAt, campaign.timeZone, language)}</dd>
      </dl>
      <p className="field-help">{t('standing.explained')}</p>
    </section>
  );
}
