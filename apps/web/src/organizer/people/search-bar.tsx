import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/field';

/** A search box with its sort and filters; the list follows on submit, so typing does not flood the API. */
export function SearchBar(props: {
  label: string;
  defaultValue: string;
  onSearch: (form: FormData) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    props.onSearch(new FormData(event.currentTarget));
  }
  return (
    <form role="search" className="search-bar" onSubmit={submit}>
      <TextField label={props.label} name="search" type="search" defaultValue={props.defaultValue} />
      {props.children}
      <div className="actions">
        <button type="submit" className="primary">
          {t('search')}
        </button>
      </div>
    </form>
  );
}
