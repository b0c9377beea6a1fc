import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../ui/field';
import { Pending } from '../../ui/problem';
import { formText } from '../judging/form-text';
import { Pager } from './pager';
import { SearchBar } from './search-bar';

export interface ListQuery<Sort extends string> {
  search: string;
  sort: Sort;
  page: number;
}

export const PAGE_SIZE = 10;

/**
 * A people list (enterprises, accounts): searched on submit, sorted, paged. Each page keeps its own typed
 * query and columns; this holds what they share: the search bar with its sort, the count and the pager.
 */
export function SearchableList<Sort extends string, Item extends { id: string }>(props: {
  /** Also the list's cache key. */
  area: 'enterprises' | 'users';
  title: string;
  searchLabel: string;
  sorts: readonly Sort[];
  sortLabel: (sort: Sort) => string;
  load: (query: ListQuery<Sort>) => Promise<{ items: Item[]; total: number; page: number; pageSize: number }>;
  columns: string[];
  row: (item: Item) => ReactNode;
}) {
  const { t } = useTranslation('organizerJudging');
  const { area } = props;
  const [query, setQuery] = useState<ListQuery<Sort>>({ search: '', sort: props.sorts[0], page: 1 });
  const list = useQuery({
    queryKey: [area, query],
    queryFn: () => props.load(query),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <h1>{props.title}</h1>
      <SearchBar
        label={props.searchLabel}
        defaultValue={query.search}
        onSearch={(form) =>
          setQuery({ search: formText(form, 'search'), sort: formText(form, 'sort') as Sort, page: 1 })
        }
      >
        <SelectField label={t('people.sort')} name="sort" defaultValue={query.sort}>
          {props.sorts.map((s) => (
            <option key={s} value={s}>
              {props.sortLabel(s)}
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
                {props.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{list.data.items.map((item) => props.row(item))}</tbody>
          </table>
          <Pager {...list.data} onPage={(page) => setQuery((q) => ({ ...q, page }))} />
        </>
      )}
    </>
  );
}
