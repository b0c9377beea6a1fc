import { PendingRejections, REJECTIONS_PER_STATEMENT } from './pending-rejections';

const problem = (field: string, en: string) => ({ field, message: { en, zh: `中文 ${en}` } });

describe('PendingRejections', () => {
  it('numbers every problem in reading order, across takes, and keeps the English reason', () => {
    const pending = new PendingRejections();
    pending.add([
      {
        line: 4,
        problems: [problem('answers.SAT1', 'out of scale'), problem('answers.SAT2', 'out of scale')],
      },
      { line: 9, problems: [problem('creditCode', 'unknown enterprise')] },
    ]);
    expect(pending.size).toBe(3);
    expect(pending.take()).toEqual({
      seq: [1, 2, 3],
      line: [4, 4, 9],
      field: ['answers.SAT1', 'answers.SAT2', 'creditCode'],
      reason: ['out of scale', 'out of scale', 'unknown enterprise'],
    });
    expect(pending.size).toBe(0);
    pending.add([{ line: 12, problems: [problem('(row)', 'too few fields')] }]);
    expect(pending.take()).toEqual({ seq: [4], line: [12], field: ['(row)'], reason: ['too few fields'] });
  });

  it('cuts a field to 100 characters and a reason to 500, as their columns hold', () => {
    const pending = new PendingRejections();
    pending.add([{ line: 2, problems: [problem('f'.repeat(150), 'r'.repeat(700))] }]);
    const { field, reason } = pending.take();
    expect([field[0].length, reason[0].length]).toEqual([100, 500]);
  });

  it('is due once REJECTIONS_PER_STATEMENT problems are held, counting problems rather than rows', () => {
    const pending = new PendingRejections();
    const twice = [problem('answers.SAT1', 'out of scale'), problem('answers.SAT2', 'out of scale')];
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ line: i + 2, problems: twice }));
    pending.add(rows(REJECTIONS_PER_STATEMENT / 2 - 1));
    expect(pending.due).toBe(false);
    pending.add(rows(1));
    expect(pending.due).toBe(true);
    pending.take();
    expect(pending.due).toBe(false);
  });
});
