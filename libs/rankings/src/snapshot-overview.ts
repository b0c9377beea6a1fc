import type { IndustrySnapshotContent } from './industry-snapshot';

/** A member of an industry's winner set as the organizer's overview names it. */
export interface WinnerSummary {
  enterpriseId: string;
  /** '' when the snapshot holds no entry for the winner. */
  legalName: string;
  publishedCsi: number | null;
}

/** What the overview shows of a snapshot beyond its counts: how many are ranked, and who leads. */
export interface SnapshotOverviewSummary {
  ranked: number;
  winnerSummary: WinnerSummary[];
}

/**
 * The overview's summary of a snapshot's entries, taken once when the snapshot is written and stored beside it,
 * so the overview reads a few hundred bytes per industry instead of every entry (about 100 KB per industry of
 * 50). The migration that added the columns backfills older snapshots with the same rules in SQL: ranked counts
 * the entries whose rank is not null; the winner set keeps its order, each member named from its first entry.
 */
export function snapshotOverviewSummary(
  s: Pick<IndustrySnapshotContent, 'entries' | 'winnerSet'>,
): SnapshotOverviewSummary {
  return {
    ranked: s.entries.filter((e) => e.rank !== null).length,
    winnerSummary: s.winnerSet.map((id) => {
      const e = s.entries.find((x) => x.enterpriseId === id);
      return { enterpriseId: id, legalName: e?.legalName ?? '', publishedCsi: e?.publishedCsi ?? null };
    }),
  };
}
