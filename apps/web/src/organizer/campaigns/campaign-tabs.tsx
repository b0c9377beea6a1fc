import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/**
 * Stand-in for the campaigns side's tab bar (helper "orgcampaigns" owns this file): the same path and props,
 * linking only the judging pages, so these pages build before the merge brings the real one.
 */
export function CampaignTabs({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation('organizerJudging');
  const base = `/organizer/campaigns/${encodeURIComponent(campaignId)}`;
  return (
    <nav className="campaign-tabs" aria-label={t('tabs.label')}>
      <ul>
        <li>
          <NavLink to={`${base}/rounds`}>{t('tabs.rounds')}</NavLink>
        </li>
        <li>
          <NavLink to={`${base}/awards`}>{t('tabs.awards')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
