import type { Language } from './language';

/**
 * What went wrong, in the domain's terms. The HTTP layer maps `kind` to a status code; libs never
 * know about HTTP. `code` is stable and machine-readable (clients switch on it), `message` is for people.
 */
export type DomainErrorKind =
  | 'invalid'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'unprocessable'
  /** the content is larger than the rule allows (an upload past its limit) */
  | 'too-large'
  /** the content is not of a kind accepted here (an upload whose bytes are not an accepted type) */
  | 'unsupported-type'
  /** a dependency (Redis, the database) is away; the client may retry later */
  | 'unavailable';

export interface FieldProblem {
  field: string;
  message: string;
}

/** Text the platform writes for people, in each language it speaks. */
export interface Localized {
  en: string;
  zh: string;
}

/** A field problem whose message the platform wrote in both languages. */
export interface LocalizedFieldProblem {
  field: string;
  message: Localized;
}

/** The text in this language; plain strings are English-only and stay as they are. */
export function inLanguage(text: string | Localized, language: Language): string {
  return typeof text === 'string' ? text : text[language];
}

/** Several reasons as one sentence in this language ('; ' in English, '；' in Chinese). */
export function joinIn(reasons: Localized[], language: Language): string {
  return reasons.map((r) => r[language]).join(language === 'zh' ? '；' : '; ');
}

/**
 * A refusal in the domain's terms, written in every language the platform speaks: the constructor takes only
 * `Localized` text (field problems too), so an untranslated error does not compile. `message` is the English.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    readonly localized: Localized,
    readonly problems?: LocalizedFieldProblem[],
  ) {
    super(localized.en);
    this.name = 'DomainError';
  }

  /** The message in this language. */
  messageIn(language: Language): string {
    return this.localized[language];
  }

  /** The field problems, in this language. */
  detailsIn(language: Language): FieldProblem[] | undefined {
    return this.problems?.map((p) => ({ field: p.field, message: p.message[language] }));
  }

  /** The field problems in English. */
  get details(): FieldProblem[] | undefined {
    return this.detailsIn('en');
  }
}
