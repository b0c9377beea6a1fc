import type { RubricContent } from '@rubric-maths/rubric';
import { ApiError } from '../../api/api-error';

/**
 * The API's rubric content (categories of items, and bands), as `/rubrics` sends and takes it: the server's own
 * types, bundled like its maths.
 */
export type RubricDefinition = RubricContent;

/** What the editor holds: every number as the text typed, every optional text as '' when absent. */
export interface ItemDraft {
  code: string;
  name: string;
  nameZh: string;
  scaleMin: string;
  scaleMax: string;
  step: string;
  guidance: string;
  guidanceZh: string;
}
export interface CategoryDraft {
  code: string;
  name: string;
  nameZh: string;
  weight: string;
  items: ItemDraft[];
}
export interface BandDraft {
  min: string;
  max: string;
  outcome: string;
  nameZh: string;
  meaning: string;
  meaningZh: string;
}
export interface RubricDraft {
  categories: CategoryDraft[];
  bands: BandDraft[];
}

const text = (value: string | null | undefined) => value ?? '';
const numberText = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);
/** '' stays absent (null); anything else is sent as typed so the API names what is wrong with it. */
const optional = (value: string) => (value.trim() === '' ? null : value.trim());
/** A number typed, or NaN (sent as null) so the API refuses the empty field by its path. */
const toNumber = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

export function draftOf(definition: RubricDefinition): RubricDraft {
  return {
    categories: definition.categories.map((c) => ({
      code: c.code,
      name: c.name,
      nameZh: text(c.nameZh),
      weight: numberText(c.weight),
      items: c.items.map((i) => ({
        code: i.code,
        name: i.name,
        nameZh: text(i.nameZh),
        scaleMin: numberText(i.scaleMin),
        scaleMax: numberText(i.scaleMax),
        step: numberText(i.step),
        guidance: text(i.guidance),
        guidanceZh: text(i.guidanceZh),
      })),
    })),
    bands: definition.bands.map((b) => ({
      min: numberText(b.min),
      max: numberText(b.max),
      outcome: b.outcome,
      nameZh: text(b.nameZh),
      meaning: text(b.meaning),
      meaningZh: text(b.meaningZh),
    })),
  };
}

export function definitionOf(draft: RubricDraft): RubricDefinition {
  return {
    categories: draft.categories.map((c) => ({
      code: c.code.trim(),
      name: c.name.trim(),
      nameZh: optional(c.nameZh),
      weight: toNumber(c.weight),
      items: c.items.map((i) => ({
        code: i.code.trim(),
        name: i.name.trim(),
        nameZh: optional(i.nameZh),
        scaleMin: toNumber(i.scaleMin),
        scaleMax: toNumber(i.scaleMax),
        step: i.step.trim() === '' ? null : Number(i.step),
        guidance: optional(i.guidance),
        guidanceZh: optional(i.guidanceZh),
      })),
    })),
    bands: draft.bands.map((b) => ({
      min: toNumber(b.min),
      max: toNumber(b.max),
      outcome: b.outcome.trim(),
      nameZh: optional(b.nameZh),
      meaning: optional(b.meaning),
      meaningZh: optional(b.meaningZh),
    })),
  };
}

/** The categories' weights added up, counting only what reads as a number. */
export function weightSum(draft: RubricDraft): number {
  return draft.categories.reduce((sum, c) => {
    const weight = Number(c.weight);
    return c.weight.trim() !== '' && Number.isFinite(weight) ? sum + weight : sum;
  }, 0);
}

/** A code not yet used in the rubric, from a stem: `stem`, `stem-2`, `stem-3`... */
export function freeCode(draft: RubricDraft, stem: string): string {
  const taken = new Set(draft.categories.flatMap((c) => [c.code, ...c.items.map((i) => i.code)]));
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

export const blankItem = (code: string): ItemDraft => ({
  code,
  name: '',
  nameZh: '',
  scaleMin: '0',
  scaleMax: '10',
  step: '',
  guidance: '',
  guidanceZh: '',
});

export const blankCategory = (code: string): CategoryDraft => ({
  code,
  name: '',
  nameZh: '',
  weight: '',
  items: [blankItem(`${code}.1`)],
});

export const blankBand = (): BandDraft => ({
  min: '',
  max: '',
  outcome: '',
  nameZh: '',
  meaning: '',
  meaningZh: '',
});

/** A rubric to start from scratch: one category of one item, weighted 100, and one band over 0-100. */
export const blankDraft = (): RubricDraft => ({
  categories: [{ ...blankCategory('1'), weight: '100' }],
  bands: [{ ...blankBand(), min: '0', max: '100', outcome: 'scored' }],
});

/** The list with the entry at `from` moved to `to` (the list unchanged when either is out of range). */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const next = [...list];
  const [entry] = next.splice(from, 1);
  next.splice(to, 0, entry);
  return next;
}

/**
 * One spelling for the paths the API names: its rubric checker writes `categories[2].weight`, its request
 * validation `categories.2.weight`, and either may be under `definition.`. The editor's fields use the first.
 */
export function rubricPath(field: string): string {
  return field.replace(/^definition\./, '').replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

/** The refusal with its field paths spelt as the editor's fields are named. */
export function withRubricPaths(error: unknown): ApiError | null {
  if (!(error instanceof ApiError)) return null;
  return new ApiError(
    error.status,
    error.code,
    error.message,
    error.fieldProblems.map((p) => ({ field: rubricPath(p.field), message: p.message })),
    error.requestId,
  );
}

/** A refusal's problem for exactly this path (not its sub-fields): for whole lists such as `bands`. */
export function problemExactly(error: ApiError | null, field: string): string | undefined {
  return error?.fieldProblems.find((p) => p.field === field)?.message;
}
