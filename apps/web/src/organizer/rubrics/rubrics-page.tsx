import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { browserTimeZone, formatDateTime } from '../../format/format';
import { Pending } from '../../ui/problem';
import { localName } from '../judging/local-name';
import { useLanguage } from '../judging/use-campaign';
import { useRubrics } from './rubric-queries';

/** Every rubric with its latest version; each opens on its versions, or starts a new rubric as a copy. */
export default function RubricsPage() {
  const { t } = useTranslation('organizer');
  const language = useLanguage();
  const rubrics = useRubrics();
  if (!rubrics.data) return <Pending error={rubrics.error} retry={() => void rubrics.refetch()} />;
  return (
    <>
      <h1>{t('rubrics.title')}</h1>
      <p>{t('rubrics.intro')}</p>
      <div className="actions">
        <Link className="button-link" to="new">
          {t('rubrics.create')}
        </Link>
      </div>
      {rubrics.data.length === 0 ? (
        <p className="notice">{t('rubrics.none')}</p>
      ) : (
        <table className="stack">
          <thead>
            <tr>
              <th scope="col">{t('rubrics.name')}</th>
              <th scope="col">{t('rubrics.key')}</th>
              <th scope="col">{t('rubrics.latestVersion')}</th>
              <th scope="col">{t('rubrics.createdAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('rubrics.copy')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rubrics.data.map((rubric) => {
              const name = localName(rubric.name, rubric.nameZh, language);
              return (
                <tr key={rubric.id}>
                  <td data-label={t('rubrics.name')} lang={name.lang}>
                    <Link to={rubric.id}>{name.text}</Link>
                  </td>
                  <td data-label={t('rubrics.key')}>
                    <code>{rubric.key}</code>
                  </td>
                  <td data-label={t('rubrics.latestVersion')}>{rubric.latestVersion}</td>
                  <td data-label={t('rubrics.createdAt')}>
                    {formatDateTime(rubric.createdAt, browserTimeZone(), language)}
                  </td>
                  <td>
                    <Link to={`new?from=${rubric.id}`}>
                      {t('rubrics.copy')}
                      <span className="visually-hidden">: {name.text}</span>
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
