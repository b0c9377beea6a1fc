/** Why a rubric sheet can no longer change, or null while it can. */
export type SheetLock = 'submitted' | 'round-not-open' | null;

/**
 * One rule for the judge's score sheet, its attachments and the entrant's self-assessment, as the API applies
 * it: nothing changes once the sheet is submitted, nor while its round is anything but open.
 */
export function sheetLock(sheetState: string | null | undefined, roundState: string): SheetLock {
  if (sheetState === 'submitted') return 'submitted';
  return roundState === 'open' ? null : 'round-not-open';
}
