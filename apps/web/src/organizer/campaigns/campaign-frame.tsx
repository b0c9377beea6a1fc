import type { ReactNode } from 'react';
import { Pending } from '../../ui/problem';
import { CampaignTabs } from './campaign-tabs';
import { useCampaign, useCampaignId, type Campaign } from './campaign-data';
import { StateBadge } from './state-badge';

/**
 * Every campaigns-side page of one campaign: the tab bar, the campaign it is about, the section's heading,
 * then the section itself once the campaign has loaded.
 */
export function CampaignFrame({
  section,
  children,
  ...rest
}: {
  section: string;
  children: (campaign: Campaign) => ReactNode;
} & Record<`data-${string}`, string>) {
  const id = useCampaignId();
  const campaign = useCampaign(id);
  return (
    <div className="campaign-page" {...rest}>
      <CampaignTabs campaignId={id} />
      {campaign.data ? (
        <p className="campaign-context">
          {campaign.data.name} · {campaign.data.year} · <StateBadge state={campaign.data.state} />
        </p>
      ) : null}
      <h1>{section}</h1>
      {campaign.data ? (
        children(campaign.data)
      ) : (
        <Pending error={campaign.error} retry={() => void campaign.refetch()} />
      )}
    </div>
  );
}
