import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, unwrap } from '../../../api/client';
import { Pending } from '../../../ui/problem';
import { CampaignTabs } from '../../campaigns/campaign-tabs';
import { useCampaign } from '../use-campaign';
import { ProposalCard } from './proposal-card';

/** Each category's proposed winners with their evidence, to confirm or override with a justification. */
export default function AwardsPage() {
  const { campaignId = '' } = useParams();
  const { t } = useTranslation('organizerJudging');
  const campaign = useCampaign(campaignId);
  const proposals = useQuery({
    queryKey: ['proposals', campaignId],
    queryFn: () =>
      unwrap(api.GET('/campaigns/{campaignId}/awards/proposals', { params: { path: { campaignId } } })),
  });
  if (!campaign.data || !proposals.data)
    return <Pending error={campaign.error ?? proposals.error} retry={() => void proposals.refetch()} />;
  return (
    <>
      <CampaignTabs campaignId={campaignId} />
      <h1>{t('awards.title', { campaign: campaign.data.name })}</h1>
      <p>{t('awards.intro')}</p>
      {proposals.data.map((p) => (
        <ProposalCard key={p.categoryId} campaign={campaign.data} proposal={p} />
      ))}
    </>
  );
}
