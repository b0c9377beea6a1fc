import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { ProblemMessage } from '../ui/problem';

/** What a page that failed to draw shows instead of the router's developer screen: a sentence and a way back. */
export function PageFailure() {
  const { t } = useTranslation('enterprise');
  const error = useRouteError();
  return (
    <section aria-labelledby="failure-title">
      <h1 id="failure-title">{t('failure.title')}</h1>
      <ProblemMessage error={error} />
      <p>
        <a href="/app/enterprise">{t('failure.home')}</a>
      </p>
    </section>
  );
}
