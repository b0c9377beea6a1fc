import type { FormField } from '../form-definition';
import { fieldOf } from '../forms/form-fields';
import { SAMPLE_FORM } from '../test/sample-form';
import { answerText } from './answer-text';

const field = (key: string) => fieldOf(SAMPLE_FORM, key) as FormField;
const DOC = '3f1c2b7a-9d4e-4f6a-8b2c-1d0e9f8a7b6c';
const DOC2 = '4a2d3c8b-0e5f-4a7b-9c3d-2e1f0a9b8c7d';

describe('answerText', () => {
  it('writes choices by their labels in the language asked for', () => {
    expect(answerText(field('has_outsourcing'), 'yes', 'en')).toBe('Yes');
    expect(answerText(field('has_outsourcing'), 'yes', 'zh')).toBe('是');
    expect(answerText(field('channels'), ['phone', 'chat'], 'en')).toBe('Phone; Chat');
    expect(answerText(field('channels'), ['phone', 'chat'], 'zh')).toBe('电话；在线聊天');
  });

  it('keeps numbers as numbers and texts as they are', () => {
    expect(answerText(field('seats'), 120, 'en')).toBe(120);
    expect(answerText(field('launched'), '2027-03-01', 'zh')).toBe('2027-03-01');
  });

  it('writes a table one row per line with column labels, leaving out empty cells', () => {
    const rows = [
      { city: 'Shenzhen', seats: 120, opened: '2019-05-01' },
      { city: 'Wuhan', seats: null, opened: null },
    ];
    expect(answerText(field('sites'), rows, 'en')).toBe(
      '1. City: Shenzhen; Seats: 120; Opened: 2019-05-01\n2. City: Wuhan',
    );
    expect(answerText(field('sites'), rows, 'zh')).toBe(
      '1. 城市：Shenzhen；座席：120；开设日期：2019-05-01\n2. 城市：Wuhan',
    );
  });

  it('names files by their names, by id when a name is unknown', () => {
    expect(answerText(field('evidence'), [DOC, DOC2], 'en', new Map([[DOC, 'report.pdf']]))).toBe(
      `report.pdf; ${DOC2}`,
    );
  });

  it('leaves empty answers empty', () => {
    expect(answerText(field('channels'), [], 'en')).toBeNull();
    expect(answerText(field('centre_name'), undefined, 'en')).toBeNull();
  });
});
