import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { operations } from '../../api/schema';
import { PAGE_SIZE, SearchableList } from './searchable-list';
import { UserActions } from './user-actions';

type Sort = NonNullable<NonNullable<operations['UsersController_list']['parameters']['query']>['sort']>;
const SORTS: Sort[] = ['displayName', '-displayName', 'email', '-email', 'createdAt', '-createdAt'];

/** Every account, found by name or address, sorted and paged; staff roles and access changed with a check. */
export default function UsersPage() {
  const { t } = useTranslation('organizerJudging');
  return (
    <SearchableList
      area="users"
      title={t('people.users.title')}
      searchLabel={t('people.users.search')}
      sorts={SORTS}
      sortLabel={(s) => t(`people.users.sorts.${s}`)}
      load={(q) =>
        unwrap(
          api.GET('/users', {
            params: {
              query: { search: q.search || undefined, sort: q.sort, page: q.page, pageSize: PAGE_SIZE },
            },
          }),
        )
      }
      columns={[
        t('people.users.name'),
        t('people.users.email'),
        t('people.users.role'),
        t('people.users.status'),
        t('people.users.actions'),
      ]}
      row={(u) => (
        <tr key={u.id}>
          <th scope="row">{u.displayName}</th>
          <td data-label={t('people.users.email')}>{u.email}</td>
          <td data-label={t('people.users.role')}>{t(`roles.${u.role}`, { ns: 'common' })}</td>
          <td data-label={t('people.users.status')}>{t(`people.users.states.${u.status}`)}</td>
          <td data-label={t('people.users.actions')}>
            <UserActions user={u} />
          </td>
        </tr>
      )}
    />
  );
}
