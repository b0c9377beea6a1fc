import { useTranslation } from 'react-i18next';
import type { Candidacy } from '../enterprise-queries';

const BADGE = {
  submitted: 'badge-warn',
  approved: 'badge-good',
  rejected: 'badge-bad',
  withdrawn: 'badge-muted',
} as const;

/** A candidacy's state in words and colour. */
export function CandidacyBadge({ state }: { state: Candidacy['state'] }) {
  const { t } = useTranslation('enterprise');
  return <span className={`badge ${BADGE[state]}`}>{t(`candidacy.state.${state}`)}</span>;
}
