import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The campaign page's sub-paths, in the order an organizer works through a campaign. */
export const CAMPAIGN_TABS = [
  'overview',
  'setup',
  'review',
  'surveys',
  'rankings',
  'rounds',
  'awards',
  'announcement',
] as const;
export type CampaignTab = (typeof CAMPAIGN_TABS)[number];

/** The sub-path of a tab under /organizer/campaigns/:campaignId (the overview is the campaign's own page). */
export function campaignTabPath(campaignId: string, tab: CampaignTab): string {
  const base = `/organizer/campaigns/${encodeURIComponent(campaignId)}`;
  return tab === 'overview' ? base : `${base}/${tab}`;
}

/**
 * The tab bar at the top of every page of one campaign: the campaigns side (overview, set-up, review, surveys,
 * rankings, announcement) and the judging side (rounds, awards) link to each other through it. The current
 * tab is marked with aria-current by NavLink.
 */
export function CampaignTabs({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation('organizer');
  return (
    <nav className="campaign-tabs" aria-label={t('tabs.label')}>
      <ul>
        {CAMPAIGN_TABS.map((tab) => (
          <li key={tab}>
            <NavLink to={campaignTabPath(campaignId, tab)} end={tab === 'overview'}>
              {t(`tabs.${tab}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
