import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatNumber } from '../../format/format';
import { currentLanguage } from '../../i18n/i18n';
import { Pending } from '../../ui/problem';
import { industryName, useReferenceData, type Campaign } from './campaign-data';

/** The campaign's data quality per industry from the latest snapshots: stored, valid, excluded, alerts. */
export function DataQuality({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation('organizer');
  const language = currentLanguage();
  const reference = useReferenceData();
  const report = useQuery({
    queryKey: ['data-quality', campaign.id],
    queryFn: () =>
      unwrap(
        api.GET('/campaigns/{campaignId}/data-quality', { params: { path: { campaignId: campaign.id } } }),
      ),
    refetchInterval: 5000,
  });
  if (!report.data) return <Pending error={report.error} retry={() => void report.refetch()} />;
  const n = (x: number) => formatNumber(x, language, 0);
  const { ingestion, industries } = report.data;
  return (
    <>
      <p>
        {t('surveys.ingestion', {
          imports: n(ingestion.imports),
          received: n(ingestion.received),
          accepted: n(ingestion.accepted),
          duplicates: n(ingestion.duplicates),
          rejected: n(ingestion.rejected),
        })}
      </p>
      {industries.length === 0 ? (
        <p>{t('surveys.noSnapshots')}</p>
      ) : (
        <div className="table-scroll">
          <table className="stack">
            <caption>{t('surveys.qualityCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.industry')}</th>
                <th scope="col" className="number">
                  {t('surveys.stored')}
                </th>
                <th scope="col" className="number">
                  {t('surveys.valid')}
                </th>
                <th scope="col" className="number">
                  {t('surveys.excluded')}
                </th>
                <th scope="col" className="number">
                  {t('surveys.duplicates')}
                </th>
                <th scope="col" className="number">
                  {t('surveys.alerts')}
                </th>
              </tr>
            </thead>
            <tbody>
              {industries.map((i) => {
                const excluded = Object.values(i.counts.excluded).reduce((s, x) => s + x, 0);
                return (
                  <tr key={i.industryCode}>
                    <th scope="row">{industryName(i.industryCode, reference.data, language)}</th>
                    <td className="number" data-label={t('surveys.stored')}>
                      {n(i.counts.stored)}
                    </td>
                    <td className="number" data-label={t('surveys.valid')}>
                      {n(i.counts.valid)}
                    </td>
                    <td className="number" data-label={t('surveys.excluded')}>
                      {n(excluded)}
                    </td>
                    <td className="number" data-label={t('surveys.duplicates')}>
                      {n(i.counts.duplicates)}
                    </td>
                    <td className="number" data-label={t('surveys.alerts')}>
                      {n(i.counts.alerts)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
