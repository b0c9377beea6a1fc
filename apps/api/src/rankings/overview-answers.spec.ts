import { OverviewAnswers } from './overview-answers';

describe('OverviewAnswers', () => {
  it('gives the kept answer back only for the version it was built from', () => {
    const answers = new OverviewAnswers();
    expect(answers.known('c1', 'A:1')).toBeUndefined();
    const first = answers.keep('c1', 'A:1', '[{"ranked":3}]');
    expect(answers.known('c1', 'A:1')).toBe(first);
    expect(answers.known('c1', 'A:2')).toBeUndefined();
    const changed = answers.keep('c1', 'A:2', '[{"ranked":4}]');
    expect(changed.etag).not.toBe(first.etag);
    expect(answers.known('c1', 'A:2')).toBe(changed);
    expect(answers.known('c1', 'A:1')).toBeUndefined();
  });

  it('keeps each campaign apart', () => {
    const answers = new OverviewAnswers();
    const a = answers.keep('c1', 'A:1', '[]');
    const b = answers.keep('c2', 'A:1', '[]');
    expect(a).not.toBe(b);
    expect(answers.known('c1', 'A:1')).toBe(a);
    expect(answers.known('c2', 'A:1')).toBe(b);
  });

  it('forgets the least recently asked campaign beyond 64', () => {
    const answers = new OverviewAnswers();
    const kept = Array.from({ length: 64 }, (_, i) => answers.keep(`c${i}`, 'v', 'x'));
    expect(answers.known('c0', 'v')).toBe(kept[0]); // asked again: c1 is now the least recent
    answers.keep('c64', 'v', 'x'); // the 65th: c1 goes
    expect(answers.known('c2', 'v')).toBe(kept[2]);
    expect(answers.known('c1', 'v')).toBeUndefined();
  });
});
