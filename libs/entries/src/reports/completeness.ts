import type { Localized } from '@app/common';
import type { Answers, FormDefinition } from '../form-definition';
import { fieldsOf, missingAnswers } from '../forms/form-fields';

/** One candidacy as completeness counts it: where it competes, and its entry if one was started. */
export interface CandidacyEntryFacts {
  categoryId: string;
  industryCode: string;
  entry: { state: 'draft' | 'submitted'; answers: Answers } | null;
}

export interface CompletenessCounts {
  candidacies: number;
  /** Candidacies with a saved entry (draft or submitted). */
  started: number;
  submitted: number;
  /** Per required field, in form order: how many candidacies show it empty (a hidden field is not missing). */
  missing: { key: string; label: Localized; count: number }[];
}

export interface CategoryCompleteness {
  categoryId: string;
  total: CompletenessCounts;
  industries: (CompletenessCounts & { industryCode: string })[];
}

function emptyCounts(definition: FormDefinition): CompletenessCounts {
  return {
    candidacies: 0,
    started: 0,
    submitted: 0,
    missing: fieldsOf(definition)
      .filter((f) => f.required)
      .map((f) => ({ key: f.key, label: f.label, count: 0 })),
  };
}

function add(counts: CompletenessCounts, facts: CandidacyEntryFacts, missingKeys: Set<string>): void {
  counts.candidacies++;
  if (facts.entry) counts.started++;
  if (facts.entry?.state === 'submitted') counts.submitted++;
  for (const m of counts.missing) if (missingKeys.has(m.key)) m.count++;
}

/**
 * How far each category's entries are, overall and per industry: candidacies, entries started, entries
 * submitted, and per required field how many candidacies leave it empty where it shows (a candidacy that
 * has not started misses every required field that shows on an empty form). Categories come in the order
 * given; industries in `industryOrder`, any other after them by code. Categories without a form are left out.
 */
export function completeness(
  categories: { categoryId: string; definition: FormDefinition }[],
  candidacies: CandidacyEntryFacts[],
  industryOrder: readonly string[],
): CategoryCompleteness[] {
  const rank = (code: string) => {
    const i = industryOrder.indexOf(code);
    return i === -1 ? industryOrder.length : i;
  };
  return categories.map(({ categoryId, definition }) => {
    const total = emptyCounts(definition);
    const byIndustry = new Map<string, CompletenessCounts>();
    for (const facts of candidacies.filter((c) => c.categoryId === categoryId)) {
      const missingKeys = new Set(missingAnswers(definition, facts.entry?.answers ?? {}).map((f) => f.key));
      add(total, facts, missingKeys);
      const industry = byIndustry.get(facts.industryCode) ?? emptyCounts(definition);
      add(industry, facts, missingKeys);
      byIndustry.set(facts.industryCode, industry);
    }
    const industries = [...byIndustry.entries()]
      .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
      .map(([industryCode, counts]) => ({ industryCode, ...counts }));
    return { categoryId, total, industries };
  });
}
