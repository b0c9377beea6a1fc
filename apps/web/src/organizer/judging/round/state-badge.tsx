import { useTranslation } from 'react-i18next';

const TONE: Record<string, string> = {
  draft: 'badge-muted',
  open: 'badge-warn',
  closed: 'badge-good',
  finalised: 'badge-good',
};

/** A round's state as a word with its colour. */
export function StateBadge({ state }: { state: string }) {
  const { t } = useTranslation('organizerJudging');
  return <span className={`badge ${TONE[state] ?? 'badge-muted'}`}>{t(`roundState.${state}`, state)}</span>;
}
