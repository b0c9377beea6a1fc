import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { operations } from '../../api/schema';
import { browserTimeZone, formatDate } from '../../format/format';
import { SelectField } from '../../ui/field';
import { Pending } from '../../ui/problem';
import { localName } from '../judging/local-name';
import { useLanguage } from '../judging/use-campaign';
import { Pager } from './pager';
import { SearchBar } from './search-bar';
import { formText } from '../judging/form-text';

type Sort = NonNullable<NonNullable<operations['EnterprisesController_list']['parameters']['query']>['sort']>;
const SORTS: Sort[] = ['legalName', '-legalName', 'creditCode', '-creditCode', 'createdAt', '-createdAt'];

/** Every enterprise, found by name or credit code, sorted and paged. */
export default function EnterprisesPage() {
  const { t } = useTranslation('organizerJudging');
  const language = useLanguage();
  const [query, setQuery] = useState({ search: '', sort: 'legalName' as Sort, page: 1 });
  const list = useQuery({
    queryKey: ['enterprises', query],
    queryFn: () =>
      unwrap(
        api.GET('/enterprises', {
          params: {
            query: { search: query.search || undefined, sort: query.sort, page: query.page, pageSize: 10 },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <h1>{t('people.enterprises.title')}</h1>
      <SearchBar
        label={t('people.enterprises.search')}
        defaultValue={query.search}
        onSearch={(form) =>
          setQuery({ search: formText(form, 'search'), sort: formText(form, 'sort') as Sort, page: 1 })
        }
      >
        <SelectField label={t('people.sort')} name="sort" defaultValue={query.sort}>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`people.enterprises.sorts.${s}`)}
            </option>
          ))}
        </SelectField>
      </SearchBar>
      {!list.data ? (
        <Pending error={list.error} retry={() => void list.refetch()} />
      ) : (
        <>
          <p role="status">{t('people.found', { count: list.data.total })}</p>
          <table className="stack">
            <thead>
              <tr>
                <th scope="col">{t('people.enterprises.name')}</th>
                <th scope="col">{t('people.enterprises.creditCode')}</th>
                <th scope="col">{t('people.enterprises.industry')}</th>
                <th scope="col">{t('people.enterprises.status')}</th>
                <th scope="col">{t('people.createdAt')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((e) => (
                <tr key={e.id}>
                  <th scope="row" lang={localName(e.legalName, e.legalNameZh, language).lang}>
                    {localName(e.legalName, e.legalNameZh, language).text}
                  </th>
                  <td data-label={t('people.enterprises.creditCode')}>{e.creditCode}</td>
                  <td data-label={t('people.enterprises.industry')}>
                    {t(`industry.${e.industryCode}`, e.industryCode)}
                  </td>
                  <td data-label={t('people.enterprises.status')}>
                    {t(`people.enterprises.states.${e.status}`)}
                  </td>
                  <td data-label={t('people.createdAt')}>
                    {formatDate(e.createdAt, browserTimeZone(), language)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager {...list.data} onPage={(page) => setQuery((q) => ({ ...q, page }))} />
        </>
      )}
    </>
  );
}
