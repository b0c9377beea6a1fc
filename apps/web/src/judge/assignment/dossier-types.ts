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

/** A reference list's entry as GET /reference-data answers it. */
export interface ReferenceEntry {
  code: string;
  name: string;
  nameZh: string;
}

export interface ReferenceLists {
  industries: ReferenceEntry[];
  organizationTypes: ReferenceEntry[];
  businessTypes: ReferenceEntry[];
}

/** The profile fields that hold reference codes, and the list that names them. */
const CODED_FIELDS: Partial<Record<(typeof PROFILE_FIELDS)[number], keyof ReferenceLists>> = {
  industryCode: 'industries',
  organizationType: 'organizationTypes',
  businessTypes: 'businessTypes',
};

/**
 * A profile value as text: codes named in the reader's language (the code itself while the lists load or for
 * a code they lack), lists joined, nothing for an empty answer.
 */
export function profileText(
  key: (typeof PROFILE_FIELDS)[number],
  value: unknown,
  reference: ReferenceLists | undefined,
  language: 'en' | 'zh',
): string | null {
  const list = CODED_FIELDS[key];
  const named = (v: unknown): string => {
    const entry = list ? reference?.[list].find((e) => e.code === v) : undefined;
    if (!entry) return String(v);
    return language === 'zh' ? entry.nameZh : entry.name;
  };
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value))
    return value.length > 0 ? value.map(named).join(language === 'zh' ? '、' : ', ') : null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return named(value);
  return null;
}
