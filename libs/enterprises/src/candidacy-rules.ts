import type { Localized } from '@app/common';
import type { CandidacyState } from './candidacy.entity';

/** Whether the registration window is open at `now`: the campaign is in registration and inside its dates. */
export function registrationWindowProblem(
  campaign: { state: string; registrationOpensAt: Date | null; registrationClosesAt: Date | null },
  now: Date,
): Localized | null {
  if (campaign.state !== 'registration')
    return {
      en: `registration is not open (the campaign is ${campaign.state})`,
      zh: `报名未开放（评选活动处于 ${campaign.state}）`,
    };
  if (campaign.registrationOpensAt && now < campaign.registrationOpensAt)
    return { en: 'registration has not opened yet', zh: '报名尚未开始' };
  if (campaign.registrationClosesAt && now >= campaign.registrationClosesAt)
    return { en: 'registration has closed', zh: '报名已截止' };
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
