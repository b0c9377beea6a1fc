import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Pending } from '../../../ui/problem';
import { CampaignTabs } from '../../campaigns/campaign-tabs';
import { useCampaign } from '../use-campaign';
import { AssignmentsSection } from './assignments-section';
import { ConflictsSection } from './conflicts-section';
import { EntrantsSection } from './entrants-section';
import { MaterialsSection } from './materials-section';
import { PanelSection } from './panel-section';
import { ProgressSection } from './progress-section';
import { ResultsSection } from './results-section';
import { RoundSummary } from './round-summary';
import { useRound } from './round-data';

/** One round, in the order an organizer works it: panel, entrants, assignment, conflicts, progress, results. */
export default function RoundPage() {
  const { campaignId = '', roundId = '' } = useParams();
  const { t } = useTranslation('organizerJudging');
  const campaign = useCampaign(campaignId);
  const round = useRound(roundId);
  if (!campaign.data || !round.data)
    return <Pending error={campaign.error ?? round.error} retry={() => void round.refetch()} />;
  const timeZone = campaign.data.timeZone;
  return (
    <>
      <CampaignTabs campaignId={campaignId} />
      <p>
        <Link to={`/organizer/campaigns/${campaignId}/rounds`}>{t('round.back')}</Link>
      </p>
      <h1>{round.data.name}</h1>
      <RoundSummary round={round.data} campaign={campaign.data} />
      <MaterialsSection key={round.data.state} round={round.data} />
      <PanelSection round={round.data} />
      <EntrantsSection round={round.data} />
      <AssignmentsSection round={round.data} />
      <ConflictsSection round={round.data} />
      <ProgressSection round={round.data} timeZone={timeZone} />
      <ResultsSection round={round.data} />
    </>
  );
}
