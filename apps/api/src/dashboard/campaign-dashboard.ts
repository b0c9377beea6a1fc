import type { CampaignState, CampaignSchedule } from '@app/campaigns';
import { nextState, SCHEDULED_TRANSITIONS } from '@app/campaigns';
import type { IndustryCandidacyCounts } from '@app/enterprises';
import type { CategoryCompleteness } from '@app/entries';

/**
 * The organizer's dashboard, composed from what each lib reads of its own tables: candidacy counts (enterprises),
 * entry completeness (entries), the latest ranking snapshot's counts (rankings). Pure, so its sums are unit-tested.
 */

export interface IndustryDashboardRow {
  industryCode: string;
  registrations: { total: number; submitted: number; approved: number; refused: number };
  /** Over every category with an entry form, of candidacies still in the running. */
  entries: { expected: number; started: number; submitted: number };
  /** The latest ranking snapshot's response counts; null before any response was aggregated. */
  responses: { stored: number; valid: number; snapshotSequence: number } | null;
}

export interface ResponseCounts {
  industryCode: string;
  sequence: number;
  counts: { stored: number; valid: number };
}

/** The next state the schedule moves the campaign into, and when; null when no date is set for it. */
export function nextScheduledTransition(
  state: CampaignState,
  schedule: CampaignSchedule,
): { state: CampaignState; at: Date } | null {
  const next = nextState(state);
  const field = SCHEDULED_TRANSITIONS.find((t) => t.to === next)?.field;
  const at = field ? schedule[field] : null;
  return next && at ? { state: next, at } : null;
}

/** One row per campaign industry, in the campaign's order, with zeros where a lib has nothing yet. */
export function industryRows(
  industryCodes: string[],
  candidacies: IndustryCandidacyCounts[],
  completeness: CategoryCompleteness[],
  responses: ResponseCounts[],
): IndustryDashboardRow[] {
  return industryCodes.map((code) => {
    const registered = candidacies.find((c) => c.industryCode === code);
    const entries = completeness.flatMap((c) => c.industries.filter((i) => i.industryCode === code));
    const snapshot = responses.find((r) => r.industryCode === code);
    const by = registered?.byState;
    return {
      industryCode: code,
      registrations: {
        total: registered?.total ?? 0,
        submitted: by?.submitted ?? 0,
        approved: by?.approved ?? 0,
        refused: (by?.rejected ?? 0) + (by?.withdrawn ?? 0),
      },
      entries: {
        expected: entries.reduce((s, i) => s + i.candidacies, 0),
        started: entries.reduce((s, i) => s + i.started, 0),
        submitted: entries.reduce((s, i) => s + i.submitted, 0),
      },
      responses: snapshot
        ? {
            stored: snapshot.counts.stored,
            valid: snapshot.counts.valid,
            snapshotSequence: snapshot.sequence,
          }
        : null,
    };
  });
}
