import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/format';
import { inLanguage, useLanguage } from '../enterprise-queries';
import type { Entry } from './entry-answers';

const STATE_BADGE = { 'not-started': 'badge-muted', draft: 'badge-warn', submitted: 'badge-good' } as const;

/** The entry's title, state, how complete it is, until when it can change, or why it no longer can. */
export function EntryHeader({
  entry,
  progress,
  timeZone,
}: {
  entry: Entry;
  progress: { answered: number; required: number };
  timeZone: string;
}) {
  const { t } = useTranslation('enterprise');
  const language = useLanguage();
  const formName = language === 'zh' ? entry.form.nameZh : entry.form.name;
  return (
    <header className="entry-header">
      <h1 id="entry-title">{formName || t('entry.title')}</h1>
      <p>
        <span className={`badge ${STATE_BADGE[entry.state]}`}>{t(`entry.state.${entry.state}`)}</span>{' '}
        <span className="completeness">
          {t('entry.completeness', { answered: progress.answered, required: progress.required })}
        </span>
      </p>
      <progress
        max={Math.max(progress.required, 1)}
        value={progress.answered}
        aria-label={t('entry.completenessLabel')}
      />
      {entry.editable ? (
        <p>
          {entry.editableUntil
            ? t('entry.editableUntil', {
                at: formatDateTime(entry.editableUntil, timeZone, language),
              })
            : t('entry.editableWhileOpen')}{' '}
          {t('entry.draftExplained')}
        </p>
      ) : (
        <p className="notice" role="status">
          <strong>{t('entry.locked')}</strong> {inLanguage(entry.lockedReason, language)}
        </p>
      )}
    </header>
  );
}
