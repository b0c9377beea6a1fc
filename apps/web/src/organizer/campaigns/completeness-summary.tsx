import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../format/format';
import { currentLanguage } from '../../i18n/i18n';
import type { components } from '../../api/schema';
import { categoryName } from './campaign-data';

type Completeness = components['schemas']['CategoryCompletenessDto'];

/** Per category with an entry form: how far its entries are, and the required fields most often left empty. */
export function CompletenessSummary({ categories }: { categories: Completeness[] }) {
  const { t } = useTranslation('organizer');
  const language = currentLanguage();
  if (categories.length === 0) return <p>{t('dashboard.noForms')}</p>;
  return (
    <ul className="cards">
      {categories.map((c) => {
        const share = c.total.candidacies > 0 ? (100 * c.total.submitted) / c.total.candidacies : null;
        const missing = [...c.total.missing].sort((a, b) => b.count - a.count).slice(0, 3);
        return (
          <li key={c.categoryId} className="card">
            <h3>{categoryName(c, language)}</h3>
            <p>
              {t('dashboard.submittedShare', {
                submitted: formatNumber(c.total.submitted, language, 0),
                candidacies: formatNumber(c.total.candidacies, language, 0),
                share: formatPercent(share, language, 0),
              })}
            </p>
            {missing.length > 0 ? (
              <>
                <p>{t('dashboard.mostMissing')}</p>
                <ul>
                  {missing.map((m) => (
                    <li key={m.key}>
                      {m.label[language]}: {formatNumber(m.count, language, 0)}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
