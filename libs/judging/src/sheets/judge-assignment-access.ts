import { Injectable } from '@nestjs/common';
import type { Actor } from '@app/common';
import { RoundEntrant, RoundEntrantsRepository } from '../entrants/round-entrants.repository';
import { JudgesService } from '../judges/judges.service';
import { JudgingErrors } from '../judging.errors';
import { AssignmentsRepository, JudgeAssignment } from '../panels-and-assignments/assignments.repository';
import { conflictKey } from '../panels-and-assignments/judge-assignment';
import { JudgingRound, RoundsRepository } from '../rounds/rounds.repository';

/** A judge's own assignment as every judge's route reaches it: the assignment, its round and its entrant. */
export interface OwnAssignment {
  assignment: JudgeAssignment;
  round: JudgingRound;
  entrant: RoundEntrant;
}

/**
 * The one gate between a judge and an assignment: the sheet, the dossier, the entrant's documents and the
 * judge's attachments all pass through it, so a conflicted judge reaches none of them by any route.
 */
@Injectable()
export class JudgeAssignmentAccess {
  constructor(
    private readonly rounds: RoundsRepository,
    private readonly entrants: RoundEntrantsRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly judges: JudgesService,
  ) {}

  /**
   * The judge's own active assignment in a round judges can see. Anything else (another judge's, an ended
   * one, a conflicted one, a draft round's) is a 404: its existence is not the judge's business. `locking`
   * (inside a transaction) takes the round in share mode, as every write of a judge does: a close, which takes
   * it exclusively, waits for the write, or the write for the close.
   */
  async own(
    assignmentId: string,
    judge: Actor,
    mode: 'reading' | 'locking' = 'reading',
  ): Promise<OwnAssignment> {
    const assignment = await this.assignments.findAssignment(assignmentId);
    if (!assignment || assignment.judgeId !== judge.userId || assignment.state !== 'active') {
      throw JudgingErrors.assignmentNotFound(assignmentId);
    }
    const round =
      mode === 'locking'
        ? await this.rounds.lock(assignment.roundId, 'SHARE')
        : await this.rounds.find(assignment.roundId);
    const entrant = round && round.state !== 'draft' ? await this.visibleEntrant(round, assignment) : null;
    if (!round || !entrant) throw JudgingErrors.assignmentNotFound(assignmentId);
    return { assignment, round, entrant };
  }

  /** The assignment's entrant, unless the judge is conflicted with it (then the judge never sees it). */
  async visibleEntrant(round: JudgingRound, a: JudgeAssignment): Promise<RoundEntrant | null> {
    const entrant = await this.entrants.findEntrant(round.id, a.entrantId);
    if (!entrant) return null;
    const found = await this.judges.conflictsInRound(round, [a.judgeId], [entrant]);
    return found.has(conflictKey(a.judgeId, entrant.id)) ? null : entrant;
  }
}
