import { groupBy } from './panel-aggregation';
import { published } from './precision';
import { bandAtLeast, RubricBand } from '../rubrics/rubric';

export type AdvancementRule =
  | { kind: 'top-n'; n: number; perIndustry: boolean }
  | { kind: 'min-score'; score: number }
  | { kind: 'min-band'; band: string };

export interface AdvancementCandidate {
  entrantId: string;
  industryCode: string;
  /** Overall rank in the round (shared when tied). */
  rank: number;
  score: number;
  band: string;
}

export interface AdvancementDecision {
  entrantId: string;
  advances: boolean;
  reason: string;
}

/**
 * Who goes through to the next round under the round's rule. With top N, entrants tied at the cut-off after
 * every tie-break all go through: nobody is eliminated by an order nothing decided.
 */
export function proposeAdvancement(
  candidates: AdvancementCandidate[],
  rule: AdvancementRule,
  bands: RubricBand[],
): AdvancementDecision[] {
  const ordered = [...candidates].sort((a, b) => a.rank - b.rank);
  switch (rule.kind) {
    case 'min-score':
      // The published score itself, not a shorter rendering: 79.996 must not read "80.00 < minimum 80".
      return ordered.map((c) => {
        const score = published(c.score);
        return {
          entrantId: c.entrantId,
          advances: score >= rule.score,
          reason: `score ${score} ${score >= rule.score ? '>=' : '<'} minimum ${rule.score}`,
        };
      });
    case 'min-band':
      return ordered.map((c) => {
        const advances = bandAtLeast(bands, c.band, rule.band);
        return {
          entrantId: c.entrantId,
          advances,
          reason: `band ${c.band} is ${advances ? 'at least' : 'below'} ${rule.band}`,
        };
      });
    case 'top-n': {
      const groupRank = new Map<string, number>();
      const groups = groupBy(ordered, (c) => (rule.perIndustry ? c.industryCode : ''));
      for (const members of groups.values()) {
        members.forEach((c, i) => {
          const tiedWithPrevious = i > 0 && members[i - 1].rank === c.rank;
          groupRank.set(
            c.entrantId,
            tiedWithPrevious ? (groupRank.get(members[i - 1].entrantId) as number) : i + 1,
          );
        });
      }
      const scope = rule.perIndustry ? 'in its industry' : 'overall';
      return ordered.map((c) => {
        const rank = groupRank.get(c.entrantId) as number;
        return {
          entrantId: c.entrantId,
          advances: rank <= rule.n,
          reason: `rank ${rank} ${scope} ${rank <= rule.n ? 'within' : 'outside'} the top ${rule.n}`,
        };
      });
    }
  }
}
