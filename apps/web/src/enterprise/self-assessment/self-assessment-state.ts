import type { SelfAssessment } from './self-assessment-queries';

export type SelfAssessmentState = 'todo' | 'draft' | 'submitted' | 'closed';

/** Where a self-assessment stands for its entrant: what there is to do, if anything. */
export function selfAssessmentState(s: SelfAssessment): SelfAssessmentState {
  const sheet = s.sheet.sheet;
  if (sheet?.state === 'submitted') return 'submitted';
  if (s.round.state !== 'open') return 'closed';
  return sheet ? 'draft' : 'todo';
}
