import { plainToInstance } from 'class-transformer';
import { IsEmail, IsIn, IsInt, Max, MaxLength, Min, validateSync, ValidationError } from 'class-validator';
import { fieldProblems, validationExceptionFactory } from './validation-errors';

function error(
  property: string,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError {
  return Object.assign(new ValidationError(), { property, constraints, children });
}

class SampleDto {
  @IsInt()
  @Min(1)
  @Max(10)
  score: number;

  @IsIn(['zh', 'en'])
  language: string;

  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;
}

describe('fieldProblems', () => {
  it('gives one problem per field, joining that field’s messages', () => {
    expect(
      fieldProblems([error('email', { isEmail: 'email must be an email', maxLength: 'too long' })]).map(
        (p) => ({ field: p.field, message: p.message.en }),
      ),
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
      {
        field: 'schedule.opensAt',
        message: { en: 'opensAt must be a date', zh: 'opensAt 必须是 Date 实例' },
      },
      { field: 'schedule.items.3.key', message: { en: 'key must be a string', zh: 'key 必须是字符串' } },
    ]);
  });

  it('writes the Chinese from the constraint and its arguments, and the DTO’s own message', () => {
    const dto = plainToInstance(SampleDto, { score: 11, language: 'fr', email: 'nope' });
    const problems = fieldProblems(validateSync(dto));
    expect(problems).toEqual([
      { field: 'score', message: { en: 'score must not be greater than 10', zh: 'score 不能大于 10' } },
      {
        field: 'language',
        message: {
          en: 'language must be one of the following values: zh, en',
          zh: 'language 必须是以下值之一：zh、en',
        },
      },
      { field: 'email', message: { en: 'email must be an email address', zh: 'email 必须是电子邮件地址' } },
    ]);
  });

  it('names the fields in the exception message', () => {
    const exception = validationExceptionFactory([error('a', { x: 'bad a' }), error('b', { y: 'bad b' })]);
    expect(exception.getStatus()).toBe(400);
    expect(exception.message).toBe('Validation failed: a, b');
    expect(exception.messageIn('zh')).toBe('校验未通过：a、b');
  });
});
