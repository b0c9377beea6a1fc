export * from './judging.module';
export * from './judging.errors';

// Rubrics: their content, the maths of a score sheet, and the seeded CCCS-OP 2003 rubric.
export * from './rubrics/rubric';
export * from './rubrics/rubric-result';
export * from './rubrics/cccs-rubric';
export * from './rubrics/cccs-rubric.seed';
export * from './rubrics/rubrics.service';
export type { StoredRubric, StoredRubricVersion } from './rubrics/rubrics.repository';

// Rounds and their entrants.
export * from './rounds/round-rules';
export * from './rounds/round-bounds';
export * from './rounds/rounds.service';
export type { ChairDecision, JudgingRound, RoundColumns } from './rounds/rounds.repository';
export * from './entrants/round-entrants.service';
export type { RoundEntrant } from './entrants/round-entrants.repository';

// Judges, panels and assignments.
export * from './judges/conflict-detection';
export * from './judges/judges.service';
export * from './judges/judge-access.service';
export type { JudgeProfile } from './judges/judges.repository';
export type { ConflictSource, StoredConflict } from './judges/judge-conflicts.repository';
export * from './panels-and-assignments/judge-assignment';
export * from './panels-and-assignments/panel.service';
export * from './panels-and-assignments/assignments.service';
export type { PanelJudge } from './panels-and-assignments/panel.repository';
export type { JudgeAssignment } from './panels-and-assignments/assignments.repository';

// What a round shows its judges, what they attach, and the organizers' archive of it.
export * from './materials/round-materials';
export * from './materials/archive-names';
export * from './materials/entry-html';
export * from './materials/shown-entry';
export * from './materials/round-materials.service';
export * from './materials/judge-attachments.service';
export * from './materials/materials-export.service';

// Score sheets.
export * from './sheets/score-sheets.service';
export type { ScoreSheet } from './sheets/score-sheets.repository';

// Results: the published precision, aggregation, agreement, tie-breaks, advancement, and the services.
export * from './results/precision';
export * from './results/panel-aggregation';
export * from './results/judge-agreement';
export * from './results/tie-break';
export * from './results/advancement';
export * from './results/round-results';
export * from './results/judge-view';
export * from './results/round-results.service';
export * from './results/feedback.service';
export * from './judges/judge-import.service';
export { JUDGE_COLUMNS, JUDGE_EXAMPLE, readAffiliation, writeAffiliation } from './judges/judge-rows';
export type { JudgeColumn } from './judges/judge-rows';
