import { OverviewAnswers } from './overview-answers';

describe('the kept overview answers', () => {
  it('sends the same bytes while the text is the same, and new bytes as soon as it changes', () => {
    const answers = new OverviewAnswers();
    const first = answers.of('c1', '[{"ranked":3}]');
    expect(first.body.toString()).toBe('[{"ranked":3}]');
    expect(answers.of('c1', '[{"ranked":3}]')).toBe(first);
    const changed = answers.of('c1', '[{"ranked":4}]');
    expect(changed).not.toBe(first);
    expect(changed.body.toString()).toBe('[{"ranked":4}]');
    expect(changed.etag).not.toBe(first.etag);
  });

  it('keeps each campaign’s answer apart, even when two campaigns’ texts are equal', () => {
    const answers = new OverviewAnswers();
    const a = answers.of('c1', '[]');
    const b = answers.of('c2', '[]');
    expect(b).not.toBe(a);
    expect(answers.of('c1', '[]')).toBe(a);
  });

  it('keeps 64 campaigns, forgetting the one asked least recently', () => {
    const answers = new OverviewAnswers();
    const kept = Array.from({ length: 64 }, (_, i) => answers.of(`c${i}`, 'x'));
    expect(answers.of('c0', 'x')).toBe(kept[0]); // asked again: c1 is now the least recent
    answers.of('c64', 'x'); // the 65th: c1 goes
    expect(answers.of('c2', 'x')).toBe(kept[2]);
    expect(answers.of('c1', 'x')).not.toBe(kept[1]);
  });
});
