import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { formatNumber } from '../../../format/format';
import { Pending } from '../../../ui/problem';
import { useLanguage } from '../use-campaign';
import { ChairDecisionForm } from './chair-decision-form';
import type { Round } from './round-summary';
import { roundKey, usePanel } from './round-data';

/** The round's results as the API computes them, with the diagnostics that say how far to trust them. */
export function ResultsSection({ round }: { round: Round }) {
  const { t } = useTranslation('organizerJudging');
  const language = useLanguage();
  const results = useQuery({
    queryKey: roundKey(round.id, 'results'),
    queryFn: () => unwrap(api.GET('/rounds/{roundId}/results', { params: { path: { roundId: round.id } } })),
    enabled: round.state !== 'draft',
  });
  const panel = usePanel(round.id);
  const judgeName = new Map(panel.data?.map((m) => [m.judgeId, m.displayName]));
  if (round.state === 'draft') return null;
  const data = results.data;
  const n = (value: number | null, decimals = 1) => formatNumber(value, language, decimals);
  return (
    <section aria-labelledby="results">
      <h2 id="results">{t('results.title')}</h2>
      {!data ? (
        <Pending error={results.error} />
      ) : (
        <>
          {data.provisional ? <p className="notice">{t('results.provisional')}</p> : null}
          <table className="stack">
            <thead>
              <tr>
                <th scope="col">{t('results.rank')}</th>
                <th scope="col">{t('results.entrant')}</th>
                <th scope="col">{t('results.score')}</th>
                <th scope="col">{t('results.band')}</th>
                <th scope="col">{t('results.spread')}</th>
                <th scope="col">{t('results.advances')}</th>
              </tr>
            </thead>
            <tbody>
              {data.entrants.map((e) => (
                <tr key={e.entrantId}>
                  <td data-label={t('results.rank')}>{n(e.rank, 0)}</td>
                  <th scope="row">{e.enterpriseName}</th>
                  <td data-label={t('results.score')}>{n(e.score)}</td>
                  <td data-label={t('results.band')}>{t(`band.${e.band}`, e.band)}</td>
                  <td data-label={t('results.spread')}>
                    {n(e.spread)}{' '}
                    {e.disagreement ? (
                      <span className="badge badge-warn">{t('results.disagreement')}</span>
                    ) : null}
                  </td>
                  <td data-label={t('results.advances')}>
                    {e.advances === null ? '—' : e.advances ? t('yes') : t('no')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('results.diagnostics')}</h3>
          <dl className="facts">
            <dt>{t('results.method')}</dt>
            <dd>{t(`method.${data.method}`, data.method)}</dd>
            <dt>{t('results.agreement')}</dt>
            <dd>{n(data.interRaterAgreement, 2)}</dd>
            <dt>{t('results.unscored')}</dt>
            <dd>{n(data.unscored.length, 0)}</dd>
            {/* The API lists every sheet not submitted; only a forced close excludes them from the results. */}
            {data.forcedCloseReason !== null ? (
              <>
                <dt>{t('results.missing')}</dt>
                <dd>{n(data.missingSheets.length, 0)}</dd>
              </>
            ) : data.missingSheets.length === 0 ? (
              <>
                <dt>{t('results.sheets')}</dt>
                <dd>{t('results.allSubmitted')}</dd>
              </>
            ) : (
              <>
                <dt>{t('results.notSubmitted')}</dt>
                <dd>{n(data.missingSheets.length, 0)}</dd>
              </>
            )}
          </dl>
          {data.judges.length > 0 ? (
            <table className="stack">
              <thead>
                <tr>
                  <th scope="col">{t('progress.judge')}</th>
                  <th scope="col">{t('results.sheets')}</th>
                  <th scope="col">{t('results.mean')}</th>
                  <th scope="col">{t('results.sd')}</th>
                  <th scope="col">{t('results.offset')}</th>
                </tr>
              </thead>
              <tbody>
                {data.judges.map((j) => (
                  <tr key={j.judgeId}>
                    <th scope="row">{judgeName.get(j.judgeId) ?? '—'}</th>
                    <td data-label={t('results.sheets')}>{n(j.sheets, 0)}</td>
                    <td data-label={t('results.mean')}>{n(j.mean)}</td>
                    <td data-label={t('results.sd')}>{n(j.sd)}</td>
                    <td data-label={t('results.offset')}>{n(j.offsetFromPanel)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <ChairDecisionForm round={round} entrants={data.entrants} />
        </>
      )}
    </section>
  );
}
