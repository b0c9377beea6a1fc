import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatNumber } from '../../format/format';
import { currentLanguage } from '../../i18n/i18n';
import { Pending } from '../../ui/problem';
import { industryName, useReferenceData, type Campaign } from './campaign-data';

/** The three summaries the dashboard reads: never a list of responses, only counts the API keeps per industry. */
export function useCampaignSummaries(campaignId: string) {
  const candidacies = useQuery({
    queryKey: ['campaign-summary', campaignId, 'candidacies'],
    queryFn: () =>
      unwrap(
        api.GET('/campaigns/{campaignId}/candidacies', {
          params: { path: { campaignId }, query: { pageSize: 1 } },
        }),
      ),
  });
  const completeness = useQuery({
    queryKey: ['campaign-summary', campaignId, 'completeness'],
    queryFn: () =>
      unwrap(api.GET('/campaigns/{campaignId}/entries/completeness', { params: { path: { campaignId } } })),
  });
  const rankings = useQuery({
    queryKey: ['campaign-summary', campaignId, 'rankings'],
    queryFn: () => unwrap(api.GET('/campaigns/{campaignId}/rankings', { params: { path: { campaignId } } })),
  });
  return { candidacies, completeness, rankings };
}

type Summaries = ReturnType<typeof useCampaignSummaries>;

const count = (byState: Record<string, unknown>, state: string) => {
  const n = byState[state];
  return typeof n === 'number' ? n : 0;
};

/** Per industry: registrations by state, entries started and submitted, survey responses stored and valid. */
export function IndustryCounts({ campaign, summaries }: { campaign: Campaign; summaries: Summaries }) {
  const { t } = useTranslation('organizer');
  const language = currentLanguage();
  const reference = useReferenceData();
  const { candidacies, completeness, rankings } = summaries;
  if (!candidacies.data)
    return <Pending error={candidacies.error} retry={() => void candidacies.refetch()} />;
  const n = (x: number | undefined) => formatNumber(x ?? 0, language, 0);
  const rows = campaign.industryCodes.map((code) => {
    const registered = candidacies.data.countsByIndustry.find((c) => c.industryCode === code);
    const entries = (completeness.data ?? []).flatMap((c) =>
      c.industries.filter((i) => i.industryCode === code),
    );
    const ranking = (rankings.data ?? []).find((r) => r.industryCode === code);
    return {
      code,
      total: registered?.total ?? 0,
      submitted: registered ? count(registered.byState, 'submitted') : 0,
      approved: registered ? count(registered.byState, 'approved') : 0,
      refused: registered
        ? count(registered.byState, 'rejected') + count(registered.byState, 'withdrawn')
        : 0,
      started: entries.reduce((s, i) => s + i.started, 0),
      entriesSubmitted: entries.reduce((s, i) => s + i.submitted, 0),
      entriesExpected: entries.reduce((s, i) => s + i.candidacies, 0),
      stored: ranking?.counts.stored,
      valid: ranking?.counts.valid,
    };
  });
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
