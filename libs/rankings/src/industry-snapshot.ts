import { MethodologyParameters } from '@app/surveys';
import { EnterpriseFigures, enterpriseFigures } from './enterprise-figures';
import { IndustryAggregate, industryAggregate } from './industry-aggregate';
import { EligibilityRules, rankIndustry, RankingEntry, TieBreakStep } from './ranking';
import { emptyTotals, RunningTotals, totalsToJson } from './running-totals';
import type { EnterpriseQualityCounts, IndustryCandidate } from './rankings.repository';

export interface EnterpriseDataQuality {
  /** Responses received for the enterprise: stored plus duplicates turned away. */
  received: number;
  duplicates: number;
  stored: number;
  excluded: Record<'too-few-satisfaction-items' | 'too-many-missing' | 'soft-flags' | 'speeding', number>;
  flagged: EnterpriseQualityCounts['flagged'];
  valid: number;
  /** Excluded share of stored responses. */
  exclusionRate: number | null;
  alert: boolean;
  alertReasons: string[];
}

export interface SnapshotEntry extends Omit<RankingEntry, 'figures'>, EnterpriseFigures {
  legalName: string;
  /** Share of the other ranked enterprises with a lower published CSI, 0-100; null unless ranked. */
  percentile: number | null;
  dataQuality: EnterpriseDataQuality;
}

export interface IndustrySnapshotContent {
  counts: Omit<EnterpriseDataQuality, 'exclusionRate' | 'alert' | 'alertReasons'> & {
    enterprises: number;
    alerts: number;
  };
  totals: Record<string, ReturnType<typeof totalsToJson>>;
  entries: SnapshotEntry[];
  winnerSet: string[];
  singleWinner: { enterpriseId: string | null; decidedBy: TieBreakStep } | null;
  industryAggregate: IndustryAggregate | null;
}

export interface IndustrySnapshotInput {
  candidates: IndustryCandidate[];
  totals: Map<string, { totals: RunningTotals; speeding: number }>;
  quality: Map<string, EnterpriseQualityCounts>;
  rules: EligibilityRules;
  parameters: MethodologyParameters;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length;
  return m % 2 ? s[(m - 1) / 2] : (s[m / 2 - 1] + s[m / 2]) / 2;
}

function dataQuality(
  q: EnterpriseQualityCounts | undefined,
  speeding: number,
  valid: number,
): EnterpriseDataQuality {
  const stored = q?.stored ?? 0;
  const duplicates = q?.duplicates ?? 0;
  const excluded = {
    'too-few-satisfaction-items': q?.excluded['too-few-satisfaction-items'] ?? 0,
    'too-many-missing': q?.excluded['too-many-missing'] ?? 0,
    'soft-flags': q?.excluded['soft-flags'] ?? 0,
    speeding,
  };
  return {
    received: stored + duplicates,
    duplicates,
    stored,
    excluded,
    flagged: q?.flagged ?? { straightLining: 0, failedAttention: 0, contradiction: 0 },
    valid,
    exclusionRate: stored === 0 ? null : (stored - valid) / stored,
    alert: false,
    alertReasons: [],
  };
}

/** One industry's ranking snapshot from running totals and counts: every figure, rank, winner and alert. */
export function buildIndustrySnapshot(input: IndustrySnapshotInput): IndustrySnapshotContent {
  const p = input.parameters;
  const known = new Map(input.candidates.map((c) => [c.enterpriseId, c]));
  // Responses stored for an enterprise whose candidacy was later withdrawn still count in the data quality.
  for (const id of new Set([...input.totals.keys(), ...input.quality.keys()])) {
    if (!known.has(id)) {
      const industryCode = input.quality.get(id)?.industryCode ?? '';
      known.set(id, { enterpriseId: id, legalName: '', industryCode, annualRevenue: null });
    }
  }
  const enterprises = [...known.values()];
  const figures = new Map(
    enterprises.map((e) => [
      e.enterpriseId,
      enterpriseFigures(input.totals.get(e.enterpriseId)?.totals ?? emptyTotals(), p),
    ]),
  );
  const ranking = rankIndustry(
    enterprises.map((e) => ({
      enterpriseId: e.enterpriseId,
      figures: figures.get(e.enterpriseId) as EnterpriseFigures,
    })),
    input.rules,
    p,
    true,
  );

  const qualities = new Map(
    enterprises.map((e) => {
      const t = input.totals.get(e.enterpriseId);
      return [
        e.enterpriseId,
        dataQuality(input.quality.get(e.enterpriseId), t?.speeding ?? 0, t?.totals.n ?? 0),
      ];
    }),
  );
  const rates = [...qualities.values()].flatMap((q) => (q.exclusionRate === null ? [] : [q.exclusionRate]));
  const industryMedianRate = median(rates);
  for (const q of qualities.values()) {
    if (q.exclusionRate === null) continue;
    if (q.exclusionRate > p.exclusionAlertRate) {
      q.alertReasons.push(`exclusion rate above ${p.exclusionAlertRate * 100} %`);
    }
    if (
      industryMedianRate !== null &&
      industryMedianRate > 0 &&
      q.exclusionRate > p.exclusionAlertIndustryMultiple * industryMedianRate
    ) {
      q.alertReasons.push(
        `exclusion rate above ${p.exclusionAlertIndustryMultiple} times the industry median`,
      );
    }
    q.alert = q.alertReasons.length > 0;
  }

  const rankedCsi = ranking.entries.filter((e) => e.rank !== null).map((e) => e.publishedCsi as number);
  const entries: SnapshotEntry[] = ranking.entries.map(({ figures: f, ...entry }) => ({
    ...entry,
    ...f,
    legalName: known.get(entry.enterpriseId)?.legalName ?? '',
    percentile:
      entry.rank === null
        ? null
        : rankedCsi.length === 1
          ? 100
          : (100 * rankedCsi.filter((x) => x < (entry.publishedCsi as number)).length) /
            (rankedCsi.length - 1),
    dataQuality: qualities.get(entry.enterpriseId) as EnterpriseDataQuality,
  }));

  const all = [...qualities.values()];
  const sum = (pick: (q: EnterpriseDataQuality) => number) => all.reduce((s, q) => s + pick(q), 0);
  const ranked = entries.filter((e) => e.eligibility === 'ranked' && e.csi?.standardError != null);
  return {
    counts: {
      enterprises: enterprises.length,
      received: sum((q) => q.received),
      duplicates: sum((q) => q.duplicates),
      stored: sum((q) => q.stored),
      excluded: {
        'too-few-satisfaction-items': sum((q) => q.excluded['too-few-satisfaction-items']),
        'too-many-missing': sum((q) => q.excluded['too-many-missing']),
        'soft-flags': sum((q) => q.excluded['soft-flags']),
        speeding: sum((q) => q.excluded.speeding),
      },
      flagged: {
        straightLining: sum((q) => q.flagged.straightLining),
        failedAttention: sum((q) => q.flagged.failedAttention),
        contradiction: sum((q) => q.flagged.contradiction),
      },
      valid: sum((q) => q.valid),
      alerts: all.filter((q) => q.alert).length,
    },
    totals: Object.fromEntries([...input.totals].map(([id, t]) => [id, totalsToJson(t.totals)])),
    entries,
    winnerSet: ranking.winnerSet,
    singleWinner: ranking.singleWinner,
    industryAggregate: industryAggregate(
      ranked.map((e) => ({
        csi: e.csi!.mean,
        standardError: e.csi!.standardError!,
        revenue: known.get(e.enterpriseId)?.annualRevenue ?? null,
      })),
    ),
  };
}
