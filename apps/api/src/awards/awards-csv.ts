import type { AwardsService } from '@app/awards';
import { csvLine } from '../http/csv';

type AwardsExport = Awaited<ReturnType<AwardsService['export']>>;

const HEADER = [
  'record',
  'category',
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
  'band',
  'winner',
  'overridden',
  'evidenceHash',
];

/**
 * One flat table for a spreadsheet: a row per confirmed winner, per ranked enterprise, and per round entrant,
 * each named by its last verified identity.
 * `record` says which; columns that do not apply stay empty.
 */
export function awardsCsv(data: AwardsExport): string {
  // Winner rows are named from the export's verified identities, like its ranking and round rows: an override
  // may name an enterprise the proposal does not list, and one table must never show two names for one.
  const verified = new Map(data.enterprises.map((e) => [e.enterpriseId, e.name]));
  let out = csvLine(HEADER);
  for (const c of data.categories) {
    const d = c.decision;
    const groups = d?.winners ?? [];
    for (const g of groups) {
      const proposed = c.proposal.industries.find((i) => i.industryCode === g.industryCode);
      for (const id of g.enterpriseIds) {
        const name =
          verified.get(id) ??
          proposed?.winners.find((w) => w.enterpriseId === id)?.enterpriseName ??
          proposed?.candidates.find((x) => x.enterpriseId === id)?.enterpriseName ??
          '';
        out += csvLine([
          'winner',
          c.name,
          '',
          g.industryCode,
          '',
          id,
          name,
          '',
          '',
          '',
          '',
          '',
          '',
          true,
          d?.overridden,
          d?.evidenceHash,
        ]);
      }
    }
  }
  for (const r of data.rankings) {
    for (const e of r.entries) {
      out += csvLine([
        'ranking',
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
        e.inWinnerSet,
        '',
        '',
      ]);
    }
  }
  for (const r of data.rounds) {
    for (const e of r.entrants) {
      out += csvLine([
        'round',
        '',
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
        e.band,
        '',
        '',
        r.checksum,
      ]);
    }
  }
  return out;
}
