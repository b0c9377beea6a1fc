import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { operations } from '../../api/schema';
import { browserTimeZone, formatDate } from '../../format/format';
import { localName } from '../judging/local-name';
import { useLanguage } from '../judging/use-campaign';
import { PAGE_SIZE, SearchableList } from './searchable-list';

type Sort = NonNullable<NonNullable<operations['EnterprisesController_list']['parameters']['query']>['sort']>;
const SORTS: Sort[] = ['legalName', '-legalName', 'creditCode', '-creditCode', 'createdAt', '-createdAt'];

/** Every enterprise, found by name or credit code, sorted and paged. */
export default function EnterprisesPage() {
  const { t } = useTranslation('organizerJudging');
  const language = useLanguage();
  return (
    <SearchableList
      area="enterprises"
      title={t('people.enterprises.title')}
      searchLabel={t('people.enterprises.search')}
      sorts={SORTS}
      sortLabel={(s) => t(`people.enterprises.sorts.${s}`)}
      load={(q) =>
        unwrap(
          api.GET('/enterprises', {
            params: {
              query: { search: q.search || undefined, sort: q.sort, page: q.page, pageSize: PAGE_SIZE },
            },
          }),
        )
      }
      columns={[
        t('people.enterprises.name'),
        t('people.enterprises.creditCode'),
        t('people.enterprises.industry'),
        t('people.enterprises.status'),
        t('people.createdAt'),
      ]}
      row={(e) => {
        const name = localName(e.legalName, e.legalNameZh, language);
        return (
          <tr key={e.id}>
            <th scope="row" lang={name.lang}>
              {name.text}
            </th>
            <td data-label={t('people.enterprises.creditCode')}>{e.creditCode}</td>
            <td data-label={t('people.enterprises.industry')}>
              {t(`industry.${e.industryCode}`, e.industryCode)}
            </td>
            <td data-label={t('people.enterprises.status')}>{t(`people.enterprises.states.${e.status}`)}</td>
            <td data-label={t('people.createdAt')}>{formatDate(e.createdAt, browserTimeZone(), language)}</td>
          </tr>
        );
      }}
    />
  );
}
