// The aliases the web build uses (vite.config.mts) are also paths of the root tsconfig, which jest maps.
import type { FormDefinition } from '@entry-rules/form-definition';
import { answerText, completeness, fileLimits, shownFields, typedAnswer } from './entry-answers';

const L = (en: string) => ({ en, zh: en });
const FORM: FormDefinition = {
  sections: [
    {
      key: 'a',
      title: L('A'),
      fields: [
        { key: 'name', type: 'short-text', label: L('Name'), required: true },
        { key: 'seats', type: 'number', label: L('Seats'), required: true, integer: true },
        {
          key: 'outsourced',
          type: 'single-choice',
          label: L('Outsourced?'),
          required: true,
          options: [
            { value: 'yes', label: L('Yes') },
            { value: 'no', label: L('No') },
          ],
        },
        {
          key: 'share',
          type: 'number',
          label: L('Share'),
          required: true,
          showWhen: { field: 'outsourced', in: ['yes'] },
        },
        { key: 'report', type: 'file', label: L('Report'), required: true, accept: ['application/pdf'] },
        { key: 'notes', type: 'long-text', label: L('Notes'), required: false },
      ],
    },
  ],
};
const DOC = {
  id: 'd1',
  fileName: 'r.pdf',
  mediaType: 'application/pdf',
  sizeBytes: 10,
  sha256: 'x',
  scan: 'clean' as const,
  uploadedAt: '2027-01-01T00:00:00Z',
};

describe('An entry form as it is filled in', () => {
  it('counts the required answers that show, and names the missing ones', () => {
    expect(completeness(FORM, {})).toEqual({
      answered: 0,
      required: 4,
      missing: ['name', 'seats', 'outsourced', 'report'],
    });
    expect(completeness(FORM, { name: 'Care', seats: 3, outsourced: 'no', report: [DOC] })).toEqual({
      answered: 4,
      required: 4,
      missing: [],
    });
  });

  it('shows a field when its condition holds, and then counts it as required', () => {
    expect(shownFields(FORM, { outsourced: 'no' }).has('share')).toBe(false);
    expect(shownFields(FORM, { outsourced: 'yes' }).has('share')).toBe(true);
    expect(completeness(FORM, { name: 'Care', outsourced: 'yes' })).toMatchObject({
      answered: 2,
      required: 5,
    });
  });

  it('does not count blank text as an answer', () => {
    expect(completeness(FORM, { name: '   ' }).missing).toContain('name');
  });

  it('reads a number box as a number, empty as none, and refuses what is not one', () => {
    expect(typedAnswer({ type: 'number' }, ' 1,200 ')).toEqual({ value: 1200 });
    expect(typedAnswer({ type: 'number' }, '')).toEqual({ value: null });
    expect(typedAnswer({ type: 'number' }, 'twelve')).toEqual({ problem: 'notANumber' });
    expect(typedAnswer({ type: 'number', integer: true }, '2.5')).toEqual({ problem: 'notAnInteger' });
    expect(typedAnswer({ type: 'short-text' }, 'Care')).toEqual({ value: 'Care' });
    expect(typedAnswer({ type: 'short-text' }, '')).toEqual({ value: null });
  });

  it('shows answers as text', () => {
    expect(answerText(320)).toBe('320');
    expect(answerText('x')).toBe('x');
    expect(answerText(undefined)).toBe('');
    expect(answerText(['a'])).toBe('');
  });

  it('puts a file field’s limits in short words', () => {
    expect(
      fileLimits({ accept: ['application/pdf', 'image/*'], maxBytes: 5 * 1024 * 1024, maxFiles: 2 }),
    ).toEqual({ types: 'PDF, JPG/PNG', megabytes: 5, files: 2 });
    expect(fileLimits({})).toEqual({ types: '', megabytes: null, files: 1 });
  });
});
