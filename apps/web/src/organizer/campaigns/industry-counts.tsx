import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatNumber } from '../../format/format';
import { currentLanguage } from '../../i18n/i18n';
import type { components } from '../../api/schema';
import { industryName, useReferenceData } from './campaign-data';

export type Dashboard = components['schemas']['CampaignDashboardDto'];

/**
 * The dashboard's one answer: counts per industry and entry completeness, which the API composes from each
 * lib's own summary (never a list of responses). Its key starts with 'campaign-summary' so a move or an import
 * that changes the counts refreshes it.
 */
export function useCampaignDashboard(campaignId: string) {
  return useQuery({
    queryKey: ['campaign-summary', campaignId, 'dashboard'],
    queryFn: () => unwrap(api.GET('/campaigns/{campaignId}/dashboard', { params: { path: { campaignId } } })),
  });
}

/** Per industry: registrations by state, entries started and submitted, survey responses stored and valid. */
export function IndustryCounts({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation('organizer');
  const language = currentLanguage();
  const reference = useReferenceData();
  const n = (x: number | undefined) => formatNumber(x ?? 0, language, 0);
  const rows = dashboard.industries.map((r) => ({
    code: r.industryCode,
    total: r.registrations.total,
    submitted: r.registrations.submitted,
    approved: r.registrations.approved,
    refused: r.registrations.refused,
    started: r.entries.started,
    entriesSubmitted: r.entries.submitted,
    entriesExpected: r.entries.expected,
    stored: r.responses?.stored,
    valid: r.responses?.valid,
  }));
  return (
    <div className="table-scroll">
      <table className="stack">
        <caption>{t('dashboard.countsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.industry')}</th>
            <th scope="col" className="number">
              {t('dashboard.registrations')}
            </th>
            <th scope="col" className="number">
              {t('dashboard.awaiting')}
            </th>
            <th scope="col" className="number">
              {t('dashboard.approved')}
            </th>
            <th scope="col" className="number">
              {t('dashboard.refused')}
            </th>
            <th scope="col" className="number">
              {t('dashboard.entries')}
            </th>
            <th scope="col" className="number">
              {t('dashboard.responses')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code}>
              <th scope="row">{industryName(r.code, reference.data, language)}</th>
              <td className="number" data-label={t('dashboard.registrations')}>
                {n(r.total)}
              </td>
              <td className="number" data-label={t('dashboard.awaiting')}>
                {n(r.submitted)}
              </td>
              <td className="number" data-label={t('dashboard.approved')}>
                {n(r.approved)}
              </td>
              <td className="number" data-label={t('dashboard.refused')}>
                {n(r.refused)}
              </td>
              <td className="number" data-label={t('dashboard.entries')}>
                {t('dashboard.entriesOf', {
                  submitted: n(r.entriesSubmitted),
                  started: n(r.started),
                  expected: n(r.entriesExpected),
                })}
              </td>
              <td className="number" data-label={t('dashboard.responses')}>
                {r.stored === undefined
                  ? '—'
                  : t('dashboard.responsesOf', { valid: n(r.valid), stored: n(r.stored) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
