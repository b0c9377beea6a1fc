import { useTranslation } from 'react-i18next';
import { Pending } from '../../../ui/problem';
import { CampaignFrame } from '../campaign-frame';
import { useCampaignId } from '../campaign-data';
import { CompletenessSummary } from '../completeness-summary';
import { IndustryCounts, useCampaignDashboard } from '../industry-counts';
import { LifecycleTimeline } from '../lifecycle-timeline';
import { TransitionPanel } from '../transition-panel';

/**
 * The campaign's dashboard. Besides the campaign (timeline and next move, from its schedule), it reads one
 * answer of summaries only (candidacy counts per industry, entry completeness, the latest ranking snapshot's
 * counts), fetched alongside the campaign, so it draws as fast for 600 enterprises and a million responses as
 * for ten; `data-dashboard-ready` tells a benchmark when every block shows its data.
 */
export default function CampaignOverviewPage() {
  const { t } = useTranslation('organizer');
  const id = useCampaignId();
  const dashboard = useCampaignDashboard(id);
  const settled = !dashboard.isPending;
  return (
    <CampaignFrame section={t('tabs.overview')}>
      {(campaign) => (
        <div className="dashboard" data-dashboard-ready={settled ? 'true' : 'false'}>
          <section aria-labelledby="timeline-title">
            <h2 id="timeline-title">{t('dashboard.timeline')}</h2>
            <p>{t('dashboard.timeZone', { zone: campaign.timeZone })}</p>
            <LifecycleTimeline campaign={campaign} />
          </section>
          <TransitionPanel campaign={campaign} />
          <section aria-labelledby="counts-title">
            <h2 id="counts-title">{t('dashboard.counts')}</h2>
            {dashboard.data ? (
              <IndustryCounts dashboard={dashboard.data} />
            ) : (
              <Pending error={dashboard.error} retry={() => void dashboard.refetch()} />
            )}
          </section>
          <section aria-labelledby="completeness-title">
            <h2 id="completeness-title">{t('dashboard.completeness')}</h2>
            {dashboard.data ? (
              <CompletenessSummary categories={dashboard.data.completeness} />
            ) : (
              <Pending error={dashboard.error} />
            )}
          </section>
        </div>
      )}
    </CampaignFrame>
  );
}
