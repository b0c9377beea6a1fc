import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { formatNumber } from '../../format/format';
import { currentLanguage } from '../../i18n/i18n';
import { barGeometry } from './ranking-scale';

type Entry = components['schemas']['RankingEntryDto'];

const ROW = 28;
const LABEL = 0.38;

/**
 * Ranked and indicative enterprises' CSI as horizontal bars on 0-100 with 95 % interval whiskers. The SVG is
 * one image with a title for screen readers; the same figures follow in a table, which is what they read.
 */
export function RankingChart({ entries, title }: { entries: Entry[]; title: string }) {
  const { t } = useTranslation('organizer');
  const language = currentLanguage();
  const shown = entries.filter((e) => e.csi !== null).slice(0, 20);
  if (shown.length === 0) return <p>{t('rankings.noneRanked')}</p>;
  const height = shown.length * ROW + 24;
  const x = (f: number) => `${(LABEL + f * (1 - LABEL - 0.02)) * 100}%`;
  return (
    <figure className="ranking-chart">
      <svg role="img" aria-labelledby="ranking-chart-title" width="100%" height={height}>
        <title id="ranking-chart-title">{title}</title>
        {[0, 25, 50, 75, 100].map((tick) => (
          <g key={tick}>
            <line x1={x(tick / 100)} x2={x(tick / 100)} y1={0} y2={height - 18} className="chart-grid" />
            <text x={x(tick / 100)} y={height - 4} textAnchor="middle" className="chart-tick">
              {formatNumber(tick, language, 0)}
            </text>
          </g>
        ))}
        {shown.map((e, i) => {
          const g = barGeometry(e.csi!.mean, e.csi!.low, e.csi!.high);
          const y = i * ROW + 4;
          return (
            <g key={e.enterpriseId}>
              {/* A phone leaves the label a third of 390 px: long names are shortened here, with the rank
                  that finds them in the table below, and the whole name on hover. */}
              <text x="0" y={y + ROW / 2} className="chart-label" dominantBaseline="middle">
                <title>{e.legalName}</title>
                {e.rank ? `${e.rank}. ` : ''}
                {e.legalName.length > 22 ? `${e.legalName.slice(0, 21)}…` : e.legalName}
              </text>
              <rect
                x={x(0)}
                y={y + 4}
                width={`${g.value * (1 - LABEL - 0.02) * 100}%`}
                height={ROW - 10}
                className={e.eligibility === 'ranked' ? 'chart-bar' : 'chart-bar chart-bar-indicative'}
              />
              {g.low !== null && g.high !== null ? (
                <g className="chart-whisker">
                  <line x1={x(g.low)} x2={x(g.high)} y1={y + ROW / 2 - 1} y2={y + ROW / 2 - 1} />
                  <line x1={x(g.low)} x2={x(g.low)} y1={y + 6} y2={y + ROW - 8} />
                  <line x1={x(g.high)} x2={x(g.high)} y1={y + 6} y2={y + ROW - 8} />
                </g>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption>{t('rankings.chartCaption')}</figcaption>
    </figure>
  );
}

/** The table alternative: every entry with rank, n, CSI, its interval and eligibility. */
export function RankingTable({ entries }: { entries: Entry[] }) {
  const { t } = useTranslation('organizer');
  const language = currentLanguage();
  const one = (x: number | null | undefined) => formatNumber(x, language, 1);
  return (
    <div className="table-scroll">
      <table className="stack">
        <caption>{t('rankings.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="number">
              {t('rankings.rank')}
            </th>
            <th scope="col">{t('review.enterprise')}</th>
            <th scope="col" className="number">
              {t('rankings.n')}
            </th>
            <th scope="col" className="number">
              {t('rankings.csi')}
            </th>
            <th scope="col">{t('rankings.interval')}</th>
            <th scope="col">{t('rankings.eligibility')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.enterpriseId}>
              <td className="number" data-label={t('rankings.rank')}>
                {e.rank ?? '—'}
              </td>
              <th scope="row">{e.legalName}</th>
              <td className="number" data-label={t('rankings.n')}>
                {formatNumber(e.n, language, 0)}
              </td>
              <td className="number" data-label={t('rankings.csi')}>
                {one(e.publishedCsi ?? e.csi?.mean)}
              </td>
              <td data-label={t('rankings.interval')}>
                {e.csi && e.csi.low !== null && e.csi.high !== null
                  ? `${one(e.csi.low)} – ${one(e.csi.high)}`
                  : '—'}
              </td>
              <td data-label={t('rankings.eligibility')}>
                {t(`rankings.eligibilities.${e.eligibility}`)}
                {e.winnerSet?.member ? ` · ${t('rankings.winnerSet')}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
