/**
 * The dossier's free-form parts as the API documents them (libs/judging/src/materials/shown-entry.ts and the
 * enterprise's declared profile): the OpenAPI schema types them as plain objects, so the page names their shape.
 */
export interface Localized {
  en: string;
  zh: string;
}

export interface ListedDocument {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

export interface ShownField {
  key: string;
  type: string;
  label: Localized;
  help: Localized | null;
  text: { en: string | number | null; zh: string | number | null };
  documents: ListedDocument[] | null;
}

export interface ShownSection {
  key: string;
  title: Localized;
  description: Localized | null;
  fields: ShownField[];
}

export interface ShownEntry {
  sections: ShownSection[];
}

/** The profile fields a judge reads, in this order; the API never sends contacts or revenue. */
export const PROFILE_FIELDS = [
  'legalName',
  'legalNameZh',
  'industryCode',
  'organizationType',
  'businessTypes',
  'region',
  'seats',
] as const;

/** A profile value as text: lists joined, nothing for an empty answer. */
export function profileText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.length > 0 ? value.map(String).join(', ') : null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  return null;
}
