import type { SelfAssessment } from './self-assessment-queries';
import { selfAssessmentState } from './self-assessment-state';

const assessment = (roundState: string, sheetState: 'draft' | 'submitted' | null) =>
  ({
    round: { state: roundState },
    sheet: { sheet: sheetState ? { state: sheetState } : null, result: null },
  }) as unknown as SelfAssessment;

describe('selfAssessmentState', () => {
  it('asks for a start or a continuation while the round is open', () => {
    expect(selfAssessmentState(assessment('open', null))).toBe('todo');
    expect(selfAssessmentState(assessment('open', 'draft'))).toBe('draft');
  });

  it('says submitted whatever the round, and closed for a round that ended without one', () => {
    expect(selfAssessmentState(assessment('closed', 'submitted'))).toBe('submitted');
    expect(selfAssessmentState(assessment('open', 'submitted'))).toBe('submitted');
    expect(selfAssessmentState(assessment('closed', 'draft'))).toBe('closed');
    expect(selfAssessmentState(assessment('finalised', null))).toBe('closed');
  });
});
