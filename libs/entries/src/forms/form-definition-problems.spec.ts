import fc from 'fast-check';
import type { FormDefinition, FormField } from '../form-definition';
import { SAMPLE_FORM } from '../test/sample-form';
import { formDefinitionProblems } from './form-definition-problems';

const L = (en: string, zh: string) => ({ en, zh });
const clone = (): FormDefinition => structuredClone(SAMPLE_FORM);
const fields = (definition: FormDefinition) => definition.sections.flatMap((s) => s.fields);
const field = (definition: FormDefinition, key: string) =>
  fields(definition).find((f) => f.key === key) as FormField & Record<string, unknown>;
const paths = (definition: unknown) => formDefinitionProblems(definition).map((p) => p.field);

describe('formDefinitionProblems', () => {
  it('accepts a form with every field type, help, conditions on choice and number fields', () => {
    expect(formDefinitionProblems(SAMPLE_FORM)).toEqual([]);
  });

  it('names the root when the definition is not an object, and prefixes paths with the root given', () => {
    expect(paths(null)).toEqual(['definition']);
    expect(paths({ sections: [] })).toEqual(['sections']);
    expect(formDefinitionProblems({ sections: [] }, 'definition').map((p) => p.field)).toEqual([
      'definition.sections',
    ]);
    expect(paths({ sections: [], extra: 1 })).toEqual(['definition.extra', 'sections']);
  });

  it('refuses malformed and repeated keys, field keys across sections included', () => {
    const d = clone();
    d.sections[1].key = 'profile';
    d.sections[1].fields[0].key = 'seats';
    d.sections[0].fields[0].key = 'Centre';
    expect(paths(d)).toEqual([
      'sections[0].fields[0].key',
      'sections[1].key',
      'sections[1].fields[0].key',
      // chat_vendor's condition named channels, which is gone
      'sections[1].fields[1].showWhen.field',
    ]);
    const problem = formDefinitionProblems(d).find((p) => p.field === 'sections[1].fields[0].key');
    expect(problem?.message).toEqual({ en: 'key "seats" is used twice', zh: '键“seats”重复使用' });
  });

  it('refuses keys a plain object already has, which would read as answered', () => {
    const d = clone();
    d.sections[0].fields[0].key = 'constructor';
    const problem = formDefinitionProblems(d).find((p) => p.field === 'sections[0].fields[0].key');
    expect(problem?.message).toEqual({ en: 'key "constructor" is reserved', zh: '键“constructor”为保留字' });
  });

  it('needs labels and titles in both languages, within their length', () => {
    const d = clone();
    d.sections[0].title = { en: 'Profile', zh: ' ' };
    (field(d, 'seats') as { label: unknown }).label = { en: 'Seats' };
    field(d, 'case_study').help = L('x'.repeat(2001), '帮助');
    expect(paths(d)).toEqual([
      'sections[0].title',
      'sections[0].fields[1].label',
      'sections[1].fields[2].help',
    ]);
  });

  it('checks each type’s own settings: ranges in order and within the caps', () => {
    const d = clone();
    Object.assign(field(d, 'centre_name'), { minLength: 30, maxLength: 20 });
    Object.assign(field(d, 'case_study'), { maxLength: 50_001 });
    Object.assign(field(d, 'seats'), { min: 10, max: 5, integer: 'yes' });
    Object.assign(field(d, 'channels'), { minChoices: 2, maxChoices: 5 });
    Object.assign(field(d, 'sites'), { minRows: 4, maxRows: 3 });
    expect(paths(d)).toEqual([
      'sections[0].fields[0].maxLength',
      'sections[0].fields[1].max',
      'sections[0].fields[1].integer',
      'sections[1].fields[0].maxChoices',
      'sections[1].fields[2].maxLength',
      'sections[1].fields[7].maxRows',
    ]);
  });

  it('needs choices with unique, trimmed values and labels', () => {
    const d = clone();
    field(d, 'has_outsourcing').options = [];
    field(d, 'channels').options = [
      { value: 'phone', label: L('Phone', '电话') },
      { value: 'phone', label: L('Phone 2', '电话二') },
      { value: ' chat', label: L('Chat', '聊天') },
    ];
    expect(paths(d)).toEqual([
      'sections[0].fields[2].options',
      // the condition on has_outsourcing now names a value that is not an option
      'sections[0].fields[3].showWhen.in[0]',
      'sections[1].fields[0].options[1].value',
      'sections[1].fields[0].options[2].value',
      // one valid option left, and maxChoices is 3
      'sections[1].fields[0].maxChoices',
      'sections[1].fields[1].showWhen.in[0]',
    ]);
  });

  it('needs file fields to accept media types, within the 50 MiB ceiling', () => {
    const d = clone();
    Object.assign(field(d, 'evidence'), {
      accept: ['application/pdf', 'PDF', '*/*', 'image/*', 'image/*'],
      maxBytes: 50 * 1024 * 1024 + 1,
      maxFiles: 0,
    });
    expect(paths(d)).toEqual([
      'sections[1].fields[6].accept[1]',
      'sections[1].fields[6].accept[2]',
      'sections[1].fields[6].accept[4]',
      'sections[1].fields[6].maxBytes',
      'sections[1].fields[6].maxFiles',
    ]);
    Object.assign(field(d, 'evidence'), { accept: ['image/*'], maxBytes: 50 * 1024 * 1024, maxFiles: 20 });
    expect(paths(d)).toEqual([]);
  });

  it('needs table columns with keys, labels and a known type', () => {
    const d = clone();
    field(d, 'sites').columns = [
      { key: 'city', label: L('City', '城市'), type: 'text' },
      { key: 'city', label: L('City', '城市'), type: 'text' },
      {
        key: 'size',
        label: L('Size', '面积'),
        type: 'money' as 'text',
        required: 'no' as unknown as boolean,
      },
    ];
    expect(paths(d)).toEqual([
      'sections[1].fields[7].columns[1].key',
      'sections[1].fields[7].columns[2].type',
      'sections[1].fields[7].columns[2].required',
    ]);
    field(d, 'sites').columns = [];
    expect(paths(d)).toEqual(['sections[1].fields[7].columns']);
  });

  it('refuses unknown properties, and says which type a misplaced one belongs to', () => {
    const d = clone();
    Object.assign(field(d, 'launched'), { maxLength: 10, colour: 'red' });
    const problems = formDefinitionProblems(d);
    expect(problems.map((p) => p.field)).toEqual([
      'sections[1].fields[3].maxLength',
      'sections[1].fields[3].colour',
    ]);
    expect(problems[0].message.en).toBe('does not apply to a short-text/long-text field');
    expect(problems[1].message.en).toBe('unknown property colour');
  });

  it('refuses unknown types and a missing required flag', () => {
    const d = clone();
    Object.assign(field(d, 'launched'), { type: 'datetime' });
    delete (field(d, 'website') as Partial<FormField>).required;
    expect(paths(d)).toEqual(['sections[1].fields[3].type', 'sections[1].fields[4].required']);
  });

  it('lets a condition look only at an earlier choice, number or short-text field, with values it can hold', () => {
    const later = clone();
    field(later, 'seats').showWhen = { field: 'has_outsourcing', in: ['yes'] };
    expect(paths(later)).toEqual(['sections[0].fields[1].showWhen.field']);

    const self = clone();
    field(self, 'seats').showWhen = { field: 'seats', in: [1] };
    expect(paths(self)).toEqual(['sections[0].fields[1].showWhen.field']);

    const wrongType = clone();
    field(wrongType, 'website').showWhen = { field: 'launched', in: ['2027-01-01'] };
    const problems = formDefinitionProblems(wrongType);
    expect(problems.map((p) => p.field)).toEqual(['sections[1].fields[4].showWhen.field']);
    expect(problems[0].message.en).toMatch(/launched is date/);

    const badValues = clone();
    field(badValues, 'outsourcing_share').showWhen = { field: 'has_outsourcing', in: ['maybe', 'yes'] };
    field(badValues, 'outsourcing_partner').showWhen = { field: 'outsourcing_share', in: ['100'] };
    field(badValues, 'chat_vendor').showWhen = { field: 'channels', in: [] };
    field(badValues, 'website').showWhen = { field: 'centre_name', in: [' Acme'] };
    expect(paths(badValues)).toEqual([
      'sections[0].fields[3].showWhen.in[0]',
      'sections[0].fields[4].showWhen.in[0]',
      'sections[1].fields[1].showWhen.in',
      'sections[1].fields[4].showWhen.in[0]',
    ]);
  });

  it('caps the number of fields of a form', () => {
    const many: FormField[] = Array.from({ length: 301 }, (_, i) => ({
      key: `f${i}`,
      type: 'date',
      label: L(`Field ${i}`, `字段 ${i}`),
      required: false,
    }));
    const d: FormDefinition = {
      sections: [
        { key: 'a', title: L('A', '甲'), fields: many.slice(0, 200) },
        { key: 'b', title: L('B', '乙'), fields: many.slice(200) },
      ],
    };
    expect(paths(d)).toEqual(['sections']);
  });

  describe('properties', () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/);
    const label = fc.record({ en: fc.string({ minLength: 1, maxLength: 20 }), zh: fc.constant('标签') });
    const nonBlank = label.filter((l) => l.en.trim() !== '');
    /** A field of a type without a condition, with settings in order. */
    const plainField = fc.oneof(
      fc.record({ type: fc.constant('date' as const) }),
      fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 500 })).map(([a, b]) => ({
        type: 'short-text' as const,
        minLength: Math.min(a, b),
        maxLength: Math.max(a, b),
      })),
      fc
        .tuple(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
        )
        .map(([a, b]) => ({ type: 'number' as const, min: Math.min(a, b), max: Math.max(a, b) })),
      fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 6 }).map((values) => ({
        type: 'single-choice' as const,
        options: values.map((value) => ({ value, label: { en: value, zh: '选项' } })),
      })),
    );
    const definition = fc
      .uniqueArray(key, { minLength: 1, maxLength: 12 })
      .chain((keys) =>
        fc.tuple(
          fc.constant(keys),
          fc.array(fc.tuple(plainField, nonBlank, fc.boolean()), {
            minLength: keys.length,
            maxLength: keys.length,
          }),
        ),
      )
      .map(([keys, specs]): FormDefinition => ({
        sections: [
          {
            key: 'only',
            title: { en: 'Only', zh: '唯一' },
            fields: keys.map((k, i) => ({
              key: k,
              label: specs[i][1],
              required: specs[i][2],
              ...specs[i][0],
            })),
          },
        ],
      }));

    it('accepts every form of well-formed fields with settings in order', () => {
      fc.assert(fc.property(definition, (d) => formDefinitionProblems(d).length === 0));
    });

    it('names the repeated key whenever a field key is used twice', () => {
      fc.assert(
        fc.property(
          definition.filter((d) => d.sections[0].fields.length >= 2),
          fc.nat(),
          (d, seed) => {
            const list = d.sections[0].fields;
            const copyTo = 1 + (seed % (list.length - 1));
            list[copyTo] = { ...list[copyTo], key: list[0].key };
            return formDefinitionProblems(d).some((p) => p.field === `sections[0].fields[${copyTo}].key`);
          },
        ),
      );
    });
  });
});
