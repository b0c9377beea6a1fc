import { BadRequestException } from '@nestjs/common';
import { getMetadataStorage, ValidationError } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import type { Language, LocalizedFieldProblem } from '@app/common';
import { HttpMessages } from './http-messages';
import { CONSTRAINT_MESSAGES_ZH, CUSTOM_MESSAGES_ZH } from './validation-messages';

/** Each DTO class's rules, read once: a body with many bad fields looks them up once per field. */
const rulesOf = new WeakMap<object, ValidationMetadata[]>();

/** The decorator behind a failed constraint: its arguments, its custom message, whether it checks each element. */
function metadataOf(error: ValidationError, constraint: string): ValidationMetadata | undefined {
  const target = error.target?.constructor;
  if (!target) return undefined;
  let rules = rulesOf.get(target);
  if (!rules) {
    rules = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
    rulesOf.set(target, rules);
  }
  return rules.find((m) => m.propertyName === error.property && (m.name ?? m.type) === constraint);
}

/** The Chinese of one failed constraint: the DTO's own message translated, else the constraint's catalog entry. */
export function constraintMessageZh(error: ValidationError, constraint: string, english: string): string {
  const metadata = metadataOf(error, constraint);
  if (typeof metadata?.message === 'string' && CUSTOM_MESSAGES_ZH[metadata.message]) {
    return CUSTOM_MESSAGES_ZH[metadata.message];
  }
  const zh = CONSTRAINT_MESSAGES_ZH[constraint];
  if (!zh) return english;
  return zh({
    subject: metadata?.each ? `${error.property} 中的每个值` : error.property,
    constraints: metadata?.constraints ?? [],
    value: error.value,
  });
}

/**
 * Flattens class-validator's tree into one problem per field, with dotted paths (`schedule.opensAt`,
 * `items.3.key`), each message in both languages.
 */
export function fieldProblems(errors: ValidationError[], parent = ''): LocalizedFieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {});
    const here =
      own.length > 0
        ? [
            {
              field,
              message: {
                en: own.map(([, en]) => en).join('; '),
                zh: own.map(([name, en]) => constraintMessageZh(error, name, en)).join('；'),
              },
            },
          ]
        : [];
    return [...here, ...fieldProblems(error.children ?? [], field)];
  });
}

/** Carries the field problems, in both languages, to the exception filter. */
export class RequestValidationException extends BadRequestException {
  constructor(readonly problems: LocalizedFieldProblem[]) {
    super(HttpMessages.validationFailed(problems.map((d) => d.field)).en);
  }

  messageIn(language: Language): string {
    return HttpMessages.validationFailed(this.problems.map((d) => d.field))[language];
  }

  detailsIn(language: Language) {
    return this.problems.map((p) => ({ field: p.field, message: p.message[language] }));
  }

  /** The field problems in English. */
  get details() {
    return this.detailsIn('en');
  }
}

export function validationExceptionFactory(errors: ValidationError[]): RequestValidationException {
  return new RequestValidationException(fieldProblems(errors));
}
