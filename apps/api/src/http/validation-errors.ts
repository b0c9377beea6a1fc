import { BadRequestException } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import type { FieldProblem } from '@app/common';

/** Flattens class-validator's tree into one problem per field, with dotted paths (`schedule.opensAt`, `items.3.key`). */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {});
    const here = own.length > 0 ? [{ field, message: own.join('; ') }] : [];
    return [...here, ...fieldProblems(error.children ?? [], field)];
  });
}

/** Carries the field problems to the exception filter. */
export class RequestValidationException extends BadRequestException {
  constructor(readonly details: FieldProblem[]) {
    super(`Validation failed: ${details.map((d) => d.field).join(', ')}`);
  }
}

export function validationExceptionFactory(errors: ValidationError[]): RequestValidationException {
  return new RequestValidationException(fieldProblems(errors));
}
