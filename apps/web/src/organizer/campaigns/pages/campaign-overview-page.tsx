import { useTranslation } from 'react-i18next';
import { Pending } from '../../../ui/problem';
import { CampaignFrame } from '../campaign-frame';
import { useCampaignId } from '../campaign-data';
import { CompletenessSummary } from '../completeness-summary';
import { IndustryCounts, useCampaignSummaries } from '../industry-counts';
import { LifecycleTimeline } from '../lifecycle-timeline';
import { TransitionPanel } from '../transition-panel';

/**
 * The campaign's dashboard. It reads summaries only (candidacy counts per industry, entry completeness, the
 * latest ranking snapshot's counts), so it draws as fast for 600 enterprises and a million responses as for
 * ten; `data-dashboard-ready` tells a benchmark when every block shows its data.
 */
export default function CampaignOverviewPage() {
  const { t } = useTranslation('organizer');
  const id = useCampaignId();
  const summaries = useCampaignSummaries(id);
  const settled = [summaries.candidacies, summaries.completeness, summaries.rankings].every(
    (q) => !q.isPending,
  );
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
            <IndustryCounts campaign={campaign} summaries={summaries} />
          </section>
          <section aria-labelledby="completeness-title">
            <h2 id="completeness-title">{t('dashboard.completeness')}</h2>
            {summaries.completeness.data ? (
              <CompletenessSummary categories={summaries.completeness.data} />
            ) : (
              <Pending error={summaries.completeness.error} />
            )}
          </section>
        </div>
      )}
    </CampaignFrame>
  );
}
