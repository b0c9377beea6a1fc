import { useTranslation } from 'react-i18next';

export type SaveStatus = 'saving' | 'saved' | 'failed' | undefined;

/** Beside each answer: whether the draft holds it, announced politely so typing is not interrupted. */
export function SaveState({ status }: { status: SaveStatus }) {
  const { t } = useTranslation('enterprise');
  return (
    <p className={`save-state save-state-${status ?? 'idle'}`} aria-live="polite">
      {status === 'saving' ? t('entry.saving') : status === 'saved' ? t('entry.saved') : ''}
    </p>
  );
}
