import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/api-error';
import { ProblemMessage } from '../../ui/problem';
import { campaignTabPath } from './campaign-tabs';

/**
 * A refused move or announcement: the API's sentence, each reason it names, and, when a schedule date stands
 * in the way (closing a window early is a decision of its own), a link to the set-up page where it changes.
 */
export function RefusalDetails({ campaignId, error }: { campaignId: string; error: unknown }) {
  const { t } = useTranslation('organizer');
  if (!error) return null;
  const problems = error instanceof ApiError ? error.fieldProblems : [];
  const bySchedule = problems.some((p) => p.field.startsWith('schedule.'));
  return (
    <>
      <ProblemMessage error={error} />
      {problems.length > 0 ? (
        <ul className="problem-list">
          {problems.map((p) => (
            <li key={p.field + p.message}>{p.message}</li>
          ))}
        </ul>
      ) : null}
      {bySchedule ? (
        <p>
          <Link to={campaignTabPath(campaignId, 'setup')}>{t('dashboard.changeSchedule')}</Link>
        </p>
      ) : null}
    </>
  );
}
