import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { operations } from '../../api/schema';
import { SelectField } from '../../ui/field';
import { Pending } from '../../ui/problem';
import { Pager } from './pager';
import { SearchBar } from './search-bar';
import { UserActions } from './user-actions';
import { formText } from '../judging/form-text';

type Sort = NonNullable<NonNullable<operations['UsersController_list']['parameters']['query']>['sort']>;
const SORTS: Sort[] = ['displayName', '-displayName', 'email', '-email', 'createdAt', '-createdAt'];

/** Every account, found by name or address, sorted and paged; staff roles and access changed with a check. */
export default function UsersPage() {
  const { t } = useTranslation('organizerJudging');
  const [query, setQuery] = useState({ search: '', sort: 'displayName' as Sort, page: 1 });
  const list = useQuery({
    queryKey: ['users', query],
    queryFn: () =>
      unwrap(
        api.GET('/users', {
          params: {
            query: { search: query.search || undefined, sort: query.sort, page: query.page, pageSize: 10 },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <h1>{t('people.users.title')}</h1>
      <SearchBar
        label={t('people.users.search')}
        defaultValue={query.search}
        onSearch={(form) =>
          setQuery({ search: formText(form, 'search'), sort: formText(form, 'sort') as Sort, page: 1 })
        }
      >
        <SelectField label={t('people.sort')} name="sort" defaultValue={query.sort}>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`people.users.sorts.${s}`)}
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
                <th scope="col">{t('people.users.name')}</th>
                <th scope="col">{t('people.users.email')}</th>
                <th scope="col">{t('people.users.role')}</th>
                <th scope="col">{t('people.users.status')}</th>
                <th scope="col">{t('people.users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((u) => (
                <tr key={u.id}>
                  <th scope="row">{u.displayName}</th>
                  <td data-label={t('people.users.email')}>{u.email}</td>
                  <td data-label={t('people.users.role')}>{t(`roles.${u.role}`, { ns: 'common' })}</td>
                  <td data-label={t('people.users.status')}>{t(`people.users.states.${u.status}`)}</td>
                  <td data-label={t('people.users.actions')}>
                    <UserActions user={u} />
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
