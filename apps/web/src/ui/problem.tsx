import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';

/**
 * An API refusal as a sentence, never as JSON: its message in the reader's language, and, when fields are
 * named, a pointer to them (each field shows its own problem beside it).
 */
export function ProblemMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : null;
  const fields = apiError?.fieldProblems.length ?? 0;
  // A refusal of the body's shape names its fields as paths (categories.0.weight): the count reads better,
  // and each field says its own problem beside it.
  const message =
    apiError?.code === 'OFFLINE'
      ? t('errors.offline')
      : apiError?.code === 'VALIDATION_FAILED' && fields > 0
        ? t('errors.fieldsToCorrect', { count: fields })
        : apiError?.message ||
          (apiError ? t('errors.generic', { status: apiError.status }) : t('errors.title'));
  return (
    <div className="problem" role="alert">
      <p>{message}</p>
      {fields > 0 ? <p>{t('errors.fieldsBelow')}</p> : null}
      {apiError?.requestId ? (
        <p className="problem-reference">{t('errors.reference', { requestId: apiError.requestId })}</p>
      ) : null}
    </div>
  );
}

/** A query's waiting and failed states, so every page shows the same words for them. */
export function Pending({ error, retry }: { error?: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  if (error)
    return (
      <div>
        <ProblemMessage error={error} />
        {retry ? (
          <button type="button" onClick={retry}>
            {t('errors.retry')}
          </button>
        ) : null}
      </div>
    );
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}
