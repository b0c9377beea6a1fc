import type { CandidacyState } from './candidacy.entity';

/** Whether the registration window is open at `now`: the campaign is in registration and inside its dates. */
export function registrationWindowProblem(
  campaign: { state: string; registrationOpensAt: Date | null; registrationClosesAt: Date | null },
  now: Date,
): string | null {
  if (campaign.state !== 'registration')
    return `registration is not open (the campaign is ${campaign.state})`;
  if (campaign.registrationOpensAt && now < campaign.registrationOpensAt)
    return 'registration has not opened yet';
  if (campaign.registrationClosesAt && now >= campaign.registrationClosesAt) return 'registration has closed';
  return null;
}

const DECIDABLE: readonly CandidacyState[] = ['submitted'];
const WITHDRAWABLE: readonly CandidacyState[] = ['submitted', 'approved'];

export function canDecide(state: CandidacyState): boolean {
  return DECIDABLE.includes(state);
}

export function canWithdraw(state: CandidacyState): boolean {
  return WITHDRAWABLE.includes(state);
}
