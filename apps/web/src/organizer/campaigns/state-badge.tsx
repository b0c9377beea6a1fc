import { useTranslation } from 'react-i18next';
import type { CampaignState } from './campaign-lifecycle';

const TONE: Record<CampaignState, string> = {
  draft: 'badge-muted',
  registration: 'badge-warn',
  survey: 'badge-warn',
  judging: 'badge-warn',
  deciding: 'badge-warn',
  announced: 'badge-good',
  archived: 'badge-muted',
};

/** A campaign's state in words, never by colour alone. */
export function StateBadge({ state }: { state: CampaignState }) {
  const { t } = useTranslation('organizer');
  return <span className={`badge ${TONE[state]}`}>{t(`states.${state}`)}</span>;
}
