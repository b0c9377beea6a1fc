import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { ApiError } from '../../../api/api-error';
import { formatDateTime, formatNumber } from '../../../format/format';
import { currentLanguage } from '../../../i18n/i18n';
import { SelectField } from '../../../ui/field';
import { Pending } from '../../../ui/problem';
import { CampaignFrame } from '../campaign-frame';
import { industryName, useReferenceData, type Campaign } from '../campaign-data';
import { RankingChart, RankingTable } from '../ranking-chart';

/** Rankings per industry: the latest snapshot as a chart and a table, and the history of snapshots. */
export default function CampaignRankingsPage() {
  const { t } = useTranslation('organizer');
  return (
    <CampaignFrame section={t('tabs.rankings')}>
      {(campaign) => <Rankings campaign={campaign} />}
    </CampaignFrame>
  );
}

function Rankings({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation('organizer');
  const language = currentLanguage();
  const reference = useReferenceData();
  const [industry, setIndustry] = useState(campaign.industryCodes[0] ?? '');
  const path = { campaignId: campaign.id, industryCode: industry };
  const latest = useQuery({
    queryKey: ['ranking', campaign.id, industry],
    queryFn: () =>
      unwrap(api.GET('/campaigns/{campaignId}/rankings/{industryCode}', { params: { path } })).catch(
        (e: unknown) => {
          if (e instanceof ApiError && e.status === 404) return null;
          throw e;
        },
      ),
    enabled: Boolean(industry),
    refetchInterval: 5000,
  });
  const history = useQuery({
    queryKey: ['ranking-history', campaign.id, industry],
    queryFn: () =>
      unwrap(api.GET('/campaigns/{campaignId}/rankings/{industryCode}/snapshots', { params: { path } })),
    enabled: Boolean(industry),
  });
  const name = industryName(industry, reference.data, language);
  return (
    <>
      <SelectField
        label={t('rankings.industry')}
        name="industry"
        value={industry}
        onChange={(e) => setIndustry(e.target.value)}
      >
        {campaign.industryCodes.map((code) => (
          <option key={code} value={code}>
            {industryName(code, reference.data, language)}
          </option>
        ))}
      </SelectField>
      <section aria-labelledby="latest-title">
        <h2 id="latest-title">{t('rankings.latest', { industry: name })}</h2>
        {latest.isPending ? (
          <Pending />
        ) : latest.error ? (
          <Pending error={latest.error} retry={() => void latest.refetch()} />
        ) : latest.data ? (
          <>
            <p>
              {t('rankings.snapshotFacts', {
                sequence: latest.data.sequence,
                at: formatDateTime(latest.data.createdAt, campaign.timeZone, language),
                valid: formatNumber(latest.data.counts.valid, language, 0),
              })}
            </p>
            <RankingChart
              entries={latest.data.entries}
              title={t('rankings.chartTitle', { industry: name })}
            />
            <RankingTable entries={latest.data.entries} />
          </>
        ) : (
          <p>{t('rankings.noSnapshot')}</p>
        )}
      </section>
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('rankings.history')}</h2>
        {history.data ? (
          history.data.length === 0 ? (
            <p>{t('rankings.noSnapshot')}</p>
          ) : (
            <ol className="snapshot-history" reversed>
              {history.data.map((s) => (
                <li key={s.id}>
                  {t('rankings.historyItem', {
                    sequence: s.sequence,
                    at: formatDateTime(s.createdAt, campaign.timeZone, language),
                    stored: formatNumber(s.counts.stored, language, 0),
                    valid: formatNumber(s.counts.valid, language, 0),
                    source: t(`rankings.sources.${s.source}`),
                  })}
                </li>
              ))}
            </ol>
          )
        ) : (
          <Pending error={history.error} />
        )}
      </section>
    </>
  );
}
