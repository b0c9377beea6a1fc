import type { Publication } from '@app/awards';
import { csvLine } from '../../http/csv';
import { UTF8_BOM } from '../../http/table-export';
import { benchmarkMark } from './publication-reading';

/** The columns of the rankings download, in order: every figure a ranking publishes, and its provenance. */
export const FIGURE_COLUMNS = [
  'campaign',
  'industry_code',
  'industry_name',
  'industry_name_zh',
  'rank',
  'enterprise_ref',
  'enterprise_name',
  'enterprise_name_zh',
  'eligibility',
  'n',
  'csi',
  'csi_low',
  'csi_high',
  'cli',
  'cli_low',
  'cli_high',
  'nps',
  'nps_low',
  'nps_high',
  'benchmark_award',
  'methodology_version',
  'methodology_checksum',
  'generated_at',
] as const;

/**
 * Every published ranking row as CSV (UTF-8 with a byte-order mark, so spreadsheets read the Chinese names),
 * the same numbers as the pages. `generated_at` is when the figures were generated: the announcement, since a
 * publication never changes after it; so the file's bytes, and its ETag, never change either.
 */
export function figuresCsv(p: Publication): string {
  const lines = [UTF8_BOM + csvLine([...FIGURE_COLUMNS])];
  for (const r of p.rankings) {
    const industry = p.industries.find((i) => i.code === r.industryCode);
    for (const e of r.entries)
      lines.push(
        csvLine([
          p.campaign.slug,
          r.industryCode,
          industry?.name ?? r.industryCode,
          industry?.nameZh ?? '',
          e.rank,
          e.ref ?? '',
          e.name,
          e.nameZh ?? '',
          e.eligibility,
          e.n,
          e.csi,
          e.csiLow,
          e.csiHigh,
          e.cli,
          e.cliLow,
          e.cliHigh,
          e.nps,
          e.npsLow,
          e.npsHigh,
          benchmarkMark(p, r.industryCode, e) ?? '',
          p.methodology.version,
          p.methodology.checksum ?? '',
          p.campaign.announcedAt,
        ]),
      );
  }
  return lines.join('');
}

/**
 * The whole publication as a download, under a header naming its format, methodology and generation time: the
 * winners, rankings, data quality and methodology exactly as the public API serves them.
 */
export function figuresJson(p: Publication): string {
  return JSON.stringify(
    {
      format: 'care-awards-figures/1',
      generatedAt: p.campaign.announcedAt,
      methodologyVersion: p.methodology.version,
      methodologyChecksum: p.methodology.checksum ?? null,
      publication: p,
    },
    null,
    1,
  );
}
