import { ValidationError } from 'class-validator';
import { fieldProblems, validationExceptionFactory } from './validation-errors';

function error(
  property: string,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError {
  return Object.assign(new ValidationError(), { property, constraints, children });
}

describe('fieldProblems', () => {
  it('gives one problem per field, joining that field’s messages', () => {
    expect(
      fieldProblems([error('email', { isEmail: 'email must be an email', maxLength: 'too long' })]),
    ).toEqual([{ field: 'email', message: 'email must be an email; too long' }]);
  });

  it('uses dotted paths for nested objects and array items', () => {
    const nested = error('schedule', undefined, [
      error('opensAt', { isDate: 'opensAt must be a date' }),
      error('items', undefined, [
        error('3', undefined, [error('key', { isString: 'key must be a string' })]),
      ]),
    ]);
    expect(fieldProblems([nested])).toEqual([
      { field: 'schedule.opensAt', message: 'opensAt must be a date' },
      { field: 'schedule.items.3.key', message: 'key must be a string' },
    ]);
  });

  it('names the fields in the exception message', () => {
    const exception = validationExceptionFactory([error('a', { x: 'bad a' }), error('b', { y: 'bad b' })]);
    expect(exception.getStatus()).toBe(400);
    expect(exception.message).toBe('Validation failed: a, b');
  });
});
