import { AdvancementRule, proposeAdvancement } from './advancement';
import { intraclassCorrelation, JudgeDiagnostics, judgeDiagnostics } from './judge-agreement';
import {
  AggregationMethod,
  aggregateRound,
  groupBy,
  mean,
  SheetTotal,
  withSelfAssessment,
} from './panel-aggregation';
import { published } from './precision';
import { RubricContent } from '../rubrics/rubric';
import {
  bandOf,
  CategoryResult,
  heaviestCategory,
  rubricResult,
  SheetValues,
  weakestCategory,
} from '../rubrics/rubric-result';
import { rankEntrants, TieBreakStep } from './tie-break';

export interface SubmittedSheet {
  judgeId: string;
  entrantId: string;
  values: SheetValues;
}

export interface RoundResultsInput {
  rubric: RubricContent;
  entrants: { entrantId: string; industryCode: string }[];
  /** Submitted sheets only. */
  sheets: SubmittedSheet[];
  /** Active assignments whose sheet was not submitted (a forced close): excluded and reported. */
  missingSheets: { entrantId: string; judgeId: string }[];
  method: AggregationMethod;
  disagreementThreshold: number;
  tieBreak: TieBreakStep[];
  /** The panel chair's recorded order of tied entrants, first to last; null when none is recorded. */
  chairOrder: string[] | null;
  /** Each entrant's self-assessment total, where its category has a self-assessment round. */
  selfAssessment: Map<string, number>;
  selfAssessmentWeight: number;
  advancementRule: AdvancementRule | null;
}

export interface EntrantResult {
  entrantId: string;
  industryCode: string;
  judges: number;
  totals: { judgeId: string; total: number; normalised: number | null }[];
  panelScore: number;
  selfAssessmentScore: number | null;
  selfAssessmentWeight: number;
  /** The round's score: the panel's aggregate, mixed with the self-assessment only by its published weight. */
  score: number;
  spread: number;
  disagreement: boolean;
  /** Mean over the judges of each category's percentage. */
  categories: CategoryResult[];
  weakestCategory: string;
  band: string;
  rank: number;
  decidedBy: string | null;
  advances: boolean | null;
  advancementReason: string | null;
}

export interface RoundResults {
  method: AggregationMethod;
  disagreementThreshold: number;
  tieBreak: TieBreakStep[];
  entrants: EntrantResult[];
  /** Entrants without a single submitted sheet: no score, no rank, never advanced. */
  unscored: string[];
  missingSheets: { entrantId: string; judgeId: string }[];
  judges: JudgeDiagnostics[];
  /** ICC(1) over the submitted sheets' totals; null when undefined. */
  interRaterAgreement: number | null;
}

/** The score on the rubric's 0-100 scale: z-score normalisation can step outside it, bands cannot. */
const onScale = (x: number) => Math.min(100, Math.max(0, x));

/**
 * Everything a closed round publishes, from its submitted sheets alone: the same sheets always give the same
 * results, which is what makes a finalised round reproducible.
 */
export function roundResults(input: RoundResultsInput): RoundResults {
  const { rubric } = input;
  const active = new Set(input.entrants.map((e) => e.entrantId));
  const sheets = input.sheets.filter((s) => active.has(s.entrantId));
  const perSheet = sheets.map((s) => ({ sheet: s, result: rubricResult(rubric, s.values) }));
  const totals: SheetTotal[] = perSheet.map(({ sheet, result }) => ({
    judgeId: sheet.judgeId,
    entrantId: sheet.entrantId,
    total: result.total,
  }));
  const aggregates = new Map(
    aggregateRound(totals, input.method, input.disagreementThreshold).map((a) => [a.entrantId, a]),
  );
  const resultsByEntrant = groupBy(perSheet, (p) => p.sheet.entrantId);
  const heaviest = heaviestCategory(rubric);
  const chairRank = new Map((input.chairOrder ?? []).map((id, i) => [id, i + 1]));

  const scored = input.entrants
    .filter((e) => aggregates.has(e.entrantId))
    .map((e) => {
      const aggregate = aggregates.get(e.entrantId)!;
      const own = resultsByEntrant.get(e.entrantId)!;
      const categories = rubric.categories.map((c, i) => ({
        code: c.code,
        weight: c.weight,
        percent: published(mean(own.map((p) => p.result.categories[i].percent))),
      }));
      const self = input.selfAssessment.get(e.entrantId) ?? null;
      const mixed = withSelfAssessment(aggregate.score, self, input.selfAssessmentWeight);
      const score = published(onScale(mixed.score));
      return {
        entrant: e,
        aggregate,
        categories,
        self,
        score,
        heaviestPercent: categories.find((c) => c.code === heaviest)!.percent,
      };
    });

  const ranking = new Map(
    rankEntrants(
      scored.map((s) => ({
        entrantId: s.entrant.entrantId,
        score: s.score,
        heaviestCategoryPercent: s.heaviestPercent,
        spread: s.aggregate.spread,
        chairOrder: chairRank.get(s.entrant.entrantId) ?? null,
      })),
      input.tieBreak,
    ).map((r) => [r.entrantId, r]),
  );

  const entrants: EntrantResult[] = scored.map((s) => {
    const r = ranking.get(s.entrant.entrantId)!;
    return {
      entrantId: s.entrant.entrantId,
      industryCode: s.entrant.industryCode,
      judges: s.aggregate.judges,
      totals: s.aggregate.totals,
      panelScore: s.aggregate.score,
      selfAssessmentScore: s.self,
      selfAssessmentWeight: input.selfAssessmentWeight,
      score: s.score,
      spread: s.aggregate.spread,
      disagreement: s.aggregate.disagreement,
      categories: s.categories,
      weakestCategory: weakestCategory(s.categories),
      band: bandOf(s.score, rubric.bands),
      rank: r.rank,
      decidedBy: r.decidedBy,
      advances: null,
      advancementReason: null,
    };
  });

  if (input.advancementRule) {
    const decisions = new Map(
      proposeAdvancement(
        entrants.map((e) => ({
          entrantId: e.entrantId,
          industryCode: e.industryCode,
          rank: e.rank,
          score: e.score,
          band: e.band,
        })),
        input.advancementRule,
        rubric.bands,
      ).map((d) => [d.entrantId, d]),
    );
    for (const e of entrants) {
      const d = decisions.get(e.entrantId)!;
      e.advances = d.advances;
      e.advancementReason = d.reason;
    }
  }

  entrants.sort((a, b) => a.rank - b.rank || (a.entrantId < b.entrantId ? -1 : 1));
  return {
    method: input.method,
    disagreementThreshold: input.disagreementThreshold,
    tieBreak: input.tieBreak,
    entrants,
    unscored: input.entrants
      .filter((e) => !aggregates.has(e.entrantId))
      .map((e) => e.entrantId)
      .sort(),
    missingSheets: [...input.missingSheets].sort(
      (a, b) => a.entrantId.localeCompare(b.entrantId) || a.judgeId.localeCompare(b.judgeId),
    ),
    judges: judgeDiagnostics(totals),
    interRaterAgreement: intraclassCorrelation(totals),
  };
}
