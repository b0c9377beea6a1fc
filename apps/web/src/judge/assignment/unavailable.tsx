import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/api-error';
import { Pending } from '../../ui/problem';

/**
 * An assignment the API will not show: after a conflict (or a reassignment) it answers 404 without saying
 * why, so the page says what that usually means instead of an error code.
 */
export function AssignmentUnavailable({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useTranslation('judge');
  if (!(error instanceof ApiError && error.status === 404)) return <Pending error={error} retry={retry} />;
  return (
    <section aria-labelledby="unavailable-title" className="judge-page">
      <h1 id="unavailable-title">{t('unavailable.title')}</h1>
      <p className="notice" role="alert">
        {t('unavailable.text')}
      </p>
      <p>
        <Link to="/judge">{t('backToRounds')}</Link>
      </p>
    </section>
  );
}
