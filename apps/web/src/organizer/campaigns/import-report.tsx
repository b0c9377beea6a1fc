import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { formatNumber } from '../../format/format';
import { currentLanguage } from '../../i18n/i18n';
import { ProblemMessage } from '../../ui/problem';
import type { Campaign } from './campaign-data';

type Import = components['schemas']['ImportResponseDto'];

/** What became of an import's lines: stored, duplicates, rejected with line, field and reason. */
export function ImportReport({ campaign, report }: { campaign: Campaign; report: Import }) {
  const { t } = useTranslation('organizer');
  const language = currentLanguage();
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const n = (x: number) => formatNumber(x, language, 0);
  // The CSV needs the organizer's token, so it is fetched through the client and handed to the browser.
  const download = async () => {
    setDownloadError(null);
    try {
      const csv = await unwrap(
        api.GET('/campaigns/{campaignId}/imports/{importId}/rejections.csv', {
          params: { path: { campaignId: campaign.id, importId: report.id } },
          parseAs: 'blob',
        }),
      );
      const url = URL.createObjectURL(csv);
      const a = document.createElement('a');
      a.href = url;
      a.download = `rejections-${report.id}.csv`;
      a.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      setDownloadError(e);
    }
  };
  return (
    <div className="import-report" aria-live="polite">
      <h3>{t('surveys.report')}</h3>
      {report.failure ? <p className="problem">{report.failure}</p> : null}
      <dl className="facts">
        <dt>{t('surveys.received')}</dt>
        <dd>{n(report.counts.received)}</dd>
        <dt>{t('surveys.stored')}</dt>
        <dd>{n(report.counts.accepted)}</dd>
        <dt>{t('surveys.duplicates')}</dt>
        <dd>{n(report.counts.duplicates)}</dd>
        <dt>{t('surveys.rejected')}</dt>
        <dd>{n(report.counts.rejected)}</dd>
      </dl>
      {report.rejections.length > 0 ? (
        <>
          <div className="table-scroll">
            <table className="stack">
              <caption>{t('surveys.rejectionsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="number">
                    {t('surveys.line')}
                  </th>
                  <th scope="col">{t('surveys.field')}</th>
                  <th scope="col">{t('surveys.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {report.rejections.slice(0, 50).map((r) => (
                  <tr key={`${r.line}-${r.field}`}>
                    <td className="number" data-label={t('surveys.line')}>
                      {n(r.line)}
                    </td>
                    <td data-label={t('surveys.field')}>{r.field}</td>
                    <td data-label={t('surveys.reason')}>{r.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <button type="button" onClick={() => void download()}>
              {t('surveys.downloadRejections')}
            </button>
          </div>
          <ProblemMessage error={downloadError} />
        </>
      ) : null}
    </div>
  );
}
