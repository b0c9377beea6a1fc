import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../../api/client';
import { formatDateTime } from '../../../format/format';
import { Pending } from '../../../ui/problem';
import { CampaignTabs } from '../../campaigns/campaign-tabs';
import { StateBadge } from '../round/state-badge';
import { categoryName, useCampaign, useLanguage } from '../use-campaign';
import { CreateRoundForm } from './create-round-form';

/** A campaign's judging rounds, by category, and the form that adds one. */
export default function RoundsPage() {
  const { campaignId = '' } = useParams();
  const { t } = useTranslation('organizerJudging');
  const language = useLanguage();
  const campaign = useCampaign(campaignId);
  const rounds = useQuery({
    queryKey: ['rounds', campaignId],
    queryFn: () => unwrap(api.GET('/campaigns/{campaignId}/rounds', { params: { path: { campaignId } } })),
  });
  if (!campaign.data || !rounds.data)
    return <Pending error={campaign.error ?? rounds.error} retry={() => void rounds.refetch()} />;
  const categories = new Map(campaign.data.categories.map((c) => [c.id, c]));
  return (
    <>
      <CampaignTabs campaignId={campaignId} />
      <h1>{t('rounds.title', { campaign: campaign.data.name })}</h1>
      {rounds.data.length === 0 ? (
        <p className="notice">{t('rounds.none')}</p>
      ) : (
        <table className="stack">
          <thead>
            <tr>
              <th scope="col">{t('rounds.name')}</th>
              <th scope="col">{t('rounds.category')}</th>
              <th scope="col">{t('rounds.stage')}</th>
              <th scope="col">{t('rounds.state')}</th>
              <th scope="col">{t('rounds.closesAt')}</th>
            </tr>
          </thead>
          <tbody>
            {rounds.data.map((round) => {
              const category = categories.get(round.categoryId);
              return (
                <tr key={round.id}>
                  <td data-label={t('rounds.name')}>
                    <Link to={round.id}>{round.name}</Link>
                  </td>
                  <td
                    data-label={t('rounds.category')}
                    lang={category ? categoryName(category, language).lang : undefined}
                  >
                    {category ? categoryName(category, language).text : '—'}
                  </td>
                  <td data-label={t('rounds.stage')}>{t(`stage.${round.stageType}`, round.stageType)}</td>
                  <td data-label={t('rounds.state')}>
                    <StateBadge state={round.state} />
                  </td>
                  <td data-label={t('rounds.closesAt')}>
                    {formatDateTime(round.closesAt, campaign.data.timeZone, language)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <CreateRoundForm campaign={campaign.data} />
    </>
  );
}
