import { sheetLock } from '../../ui/rubric-sheet/sheet-lock';
import type { SelfAssessment } from './self-assessment-queries';

export type SelfAssessmentState = 'todo' | 'draft' | 'submitted' | 'closed';

/** Where a self-assessment stands for its entrant: what there is to do, if anything. */
export function selfAssessmentState(s: SelfAssessment): SelfAssessmentState {
  const sheet = s.sheet.sheet;
  const lock = sheetLock(sheet?.state, s.round.state);
  if (lock) return lock === 'submitted' ? 'submitted' : 'closed';
  return sheet ? 'draft' : 'todo';
}
