import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { api, unwrap } from '../../api/client';
import { browserTimeZone, formatDateTime } from '../../format/format';
import { TextField } from '../../ui/field';
import { Pending } from '../../ui/problem';
import { useLanguage } from '../judging/use-campaign';
import { wallClockToInstant } from '../../format/zoned-time';
import { Pager } from './pager';
import { formText } from '../judging/form-text';

interface Filters {
  actorId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

/** What happened, who did it, to what: the audit log filtered by actor, action, subject and time, paged. */
export default function AuditLogPage() {
  const { t } = useTranslation('organizerJudging');
  const language = useLanguage();
  const zone = browserTimeZone();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const log = useQuery({
    queryKey: ['audit-log', filters, page],
    queryFn: () => unwrap(api.GET('/audit-log', { params: { query: { ...filters, page, pageSize: 20 } } })),
    placeholderData: keepPreviousData,
  });
  const error = log.error instanceof ApiError ? log.error : null;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => formText(form, name) || undefined;
    setFilters({
      actorId: text('actorId'),
      action: text('action'),
      entityType: text('entityType'),
      entityId: text('entityId'),
      from: wallClockToInstant(text('from') ?? '', zone) ?? undefined,
      to: wallClockToInstant(text('to') ?? '', zone) ?? undefined,
    });
    setPage(1);
  }
  return (
    <>
      <h1>{t('people.audit.title')}</h1>
      <form role="search" className="search-bar" onSubmit={submit}>
        <TextField
          label={t('people.audit.action')}
          help={t('people.audit.actionHelp')}
          name="action"
          error={error}
        />
        <TextField label={t('people.audit.actor')} name="actorId" error={error} />
        <TextField label={t('people.audit.entityType')} name="entityType" error={error} />
        <TextField label={t('people.audit.entityId')} name="entityId" error={error} />
        <TextField label={t('people.audit.from')} name="from" type="datetime-local" error={error} />
        <TextField label={t('people.audit.to')} name="to" type="datetime-local" error={error} />
        <div className="actions">
          <button type="submit" className="primary">
            {t('people.audit.filter')}
          </button>
        </div>
      </form>
      {!log.data ? (
        <Pending error={log.error} retry={() => void log.refetch()} />
      ) : (
        <>
          <p role="status">{t('people.found', { count: log.data.total })}</p>
          <table className="stack">
            <thead>
              <tr>
                <th scope="col">{t('people.audit.at')}</th>
                <th scope="col">{t('people.audit.action')}</th>
                <th scope="col">{t('people.audit.actor')}</th>
                <th scope="col">{t('people.audit.subject')}</th>
              </tr>
            </thead>
            <tbody>
              {log.data.items.map((e) => (
                <tr key={e.id}>
                  <td data-label={t('people.audit.at')}>{formatDateTime(e.occurredAt, zone, language)}</td>
                  <td data-label={t('people.audit.action')}>
                    <code>{e.action}</code>
                  </td>
                  <td data-label={t('people.audit.actor')}>
                    {e.actorRole
                      ? t(`roles.${e.actorRole}`, { ns: 'common', defaultValue: e.actorRole })
                      : '—'}{' '}
                    <span className="id">{e.actorId ?? ''}</span>
                  </td>
                  <td data-label={t('people.audit.subject')}>
                    {e.entityType} <span className="id">{e.entityId ?? ''}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager {...log.data} onPage={setPage} />
        </>
      )}
    </>
  );
}
