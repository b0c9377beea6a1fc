import type { AwardsService } from '@app/awards';
import type { ExportCell, ExportTable } from '../http/table-export';

type AwardsExport = Awaited<ReturnType<AwardsService['export']>>;
type Figures = Record<string, number | string | null>;

export const AWARDS_EXPORT_HEADER = [
  'record',
  'category',
  'categoryZh',
  'round',
  'industryCode',
  'rank',
  'enterpriseId',
  'enterpriseName',
  'n',
  'csi',
  'csiLow',
  'csiHigh',
  'score',
  'combined',
  'band',
  'winner',
  'overridden',
  'evidenceHash',
];

const figure = (figures: Figures | undefined, key: string) => figures?.[key] ?? null;

/**
 * One flat table for a spreadsheet (CSV or XLSX): a row per confirmed winner, per ranked enterprise, and per
 * round entrant, each named by its last verified identity. `record` says which; columns that do not apply stay
 * empty. Every figure is the one published: the proposal's figures for winners (the survey's CSI and interval
 * to one decimal, the panel score as the round ranks it), the same rounding for the ranking rows.
 */
export function awardsTable(data: AwardsExport): ExportTable {
  // Winner rows are named from the export's verified identities, like its ranking and round rows: an override
  // may name an enterprise the proposal does not list, and one table must never show two names for one.
  const verified = new Map(data.enterprises.map((e) => [e.enterpriseId, e.name]));
  const categoryOf = new Map(data.categories.map((c) => [c.categoryId, c]));
  const rows: ExportCell[][] = [];
  for (const c of data.categories) {
    const d = c.decision;
    for (const g of d?.winners ?? []) {
      const proposed = c.proposal.industries.find((i) => i.industryCode === g.industryCode);
      for (const id of g.enterpriseIds) {
        const winner = proposed?.winners.find((w) => w.enterpriseId === id);
        const candidate = proposed?.candidates.find((x) => x.enterpriseId === id);
        // an enterprise added by an override has its figures among the proposal's candidates
        const figures = winner?.figures ?? candidate?.figures;
        rows.push([
          'winner',
          c.name,
          c.nameZh,
          '',
          g.industryCode,
          candidate?.rank ?? figure(figures, 'roundRank'),
          id,
          verified.get(id) ?? winner?.enterpriseName ?? candidate?.enterpriseName ?? '',
          figure(figures, 'n'),
          figure(figures, 'csi'),
          figure(figures, 'csiLow'),
          figure(figures, 'csiHigh'),
          figure(figures, 'panelScore'),
          figure(figures, 'combined'),
          figure(figures, 'band'),
          true,
          d?.overridden,
          d?.evidenceHash,
        ]);
      }
    }
  }
  for (const r of data.rankings) {
    for (const e of r.entries) {
      rows.push([
        'ranking',
        '',
        '',
        '',
        r.industryCode,
        e.rank,
        e.enterpriseId,
        e.legalName,
        e.n,
        e.publishedCsi,
        e.csiLow,
        e.csiHigh,
        '',
        '',
        '',
        e.inWinnerSet,
        '',
        '',
      ]);
    }
  }
  for (const r of data.rounds) {
    const category = categoryOf.get(r.categoryId);
    for (const e of r.entrants) {
      rows.push([
        'round',
        category?.name,
        category?.nameZh,
        r.name,
        e.industryCode,
        e.rank,
        e.enterpriseId,
        e.enterpriseName,
        '',
        '',
        '',
        '',
        e.score,
        '',
        e.band,
        '',
        '',
        r.checksum,
      ]);
    }
  }
  return { name: `${data.campaign.slug}-results`, header: AWARDS_EXPORT_HEADER, rows: [rows] };
}
