import { useTranslation } from 'react-i18next';

/** Previous and next page of a list, with where the reader is; pages count from 1. */
export function Pager(props: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  return (
    <nav className="pager" aria-label={t('page', { page: props.page, pages })}>
      <button type="button" disabled={props.page <= 1} onClick={() => props.onPage(props.page - 1)}>
        {t('previous')}
      </button>
      <span aria-live="polite">{t('page', { page: props.page, pages })}</span>
      <button type="button" disabled={props.page >= pages} onClick={() => props.onPage(props.page + 1)}>
        {t('next')}
      </button>
    </nav>
  );
}
