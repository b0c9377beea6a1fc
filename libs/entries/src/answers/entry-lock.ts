import type { Localized } from '@app/common';
import { registrationWindowProblem, type CandidacyState } from '@app/enterprises';

/** What decides whether an entry may still change. */
export interface EntryLockFacts {
  candidacyState: CandidacyState;
  campaign: { state: string; registrationOpensAt: Date | null; registrationClosesAt: Date | null };
}

/**
 * Why the entry can no longer change at `now`, or null while it can: answers are the entrant's until
 * registration closes (its window ends or the campaign moves past registration), and a withdrawn or
 * rejected candidacy's entry is over. An approved one stays editable while registration is open.
 */
export function entryLockReason(facts: EntryLockFacts, now: Date): Localized | null {
  if (facts.candidacyState === 'withdrawn')
    return { en: 'the candidacy was withdrawn', zh: '参评申请已撤回' };
  if (facts.candidacyState === 'rejected')
    return { en: 'the candidacy was rejected', zh: '参评申请已被拒绝' };
  return registrationWindowProblem(facts.campaign, now);
}
