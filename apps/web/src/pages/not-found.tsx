import { useTranslation } from 'react-i18next';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('errors.notFound')}</h1>
      <p>
        <a href="/app/">{t('home.choose')}</a>
      </p>
    </section>
  );
}
