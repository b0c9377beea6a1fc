/**
 * Which lib owns each table: the only lib whose SQL may name it. Every other lib asks the owner through a
 * read or write the owner exports. `table-ownership.spec.ts` holds the code to this map, and the README's
 * architecture section shows it.
 */
export const TABLE_OWNERS = {
  identity: [
    'users',
    'audit_log',
    'password_resets',
    'user_two_factor',
    'user_recovery_codes',
    'staff_invitations',
    'email_verifications',
  ],
  enterprises: [
    'enterprises',
    'enterprise_members',
    'enterprise_identity_versions',
    'enterprise_identity_changes',
    'enterprise_invitations',
    'candidacies',
  ],
  'reference-data': ['industries', 'organization_types', 'business_types'],
  campaigns: ['campaigns', 'award_categories', 'campaign_industries'],
  surveys: [
    'methodology_versions',
    'campaign_instruments',
    'survey_partner_keys',
    'survey_imports',
    'survey_import_rejections',
    'survey_responses',
    'response_batches',
    'response_duplicate_counts',
  ],
  rankings: [
    'response_totals',
    'response_quality_counts',
    'response_completion_counts',
    'response_totals_windows',
    'ranking_dirty_industries',
    'ranking_snapshots',
  ],
  judging: [
    'rubrics',
    'rubric_versions',
    'judge_profiles',
    'judge_profile_drafts',
    'judge_conflicts',
    'judging_rounds',
    'round_judges',
    'round_entrants',
    'judge_assignments',
    'score_sheets',
    'score_sheet_revisions',
    'round_outcomes',
  ],
  awards: ['award_decisions', 'award_publications', 'certificates'],
  notifications: ['notifications'],
  mail: ['mail_deliveries'],
  entries: ['entry_forms', 'entry_form_versions', 'category_entry_forms', 'entries', 'entry_revisions'],
  documents: ['documents'],
} as const satisfies Record<string, readonly string[]>;

/**
 * Read models an owner publishes for set-based work other libs do in SQL (ingestion checking a million
 * rows against the entrants, say): a view, created by a migration, whose columns the owner keeps stable
 * whatever happens to the tables underneath. Any lib may read these; only the owner may change them.
 */
export const PUBLISHED_VIEWS = {
  surveys: ['scored_responses'],
} as const satisfies Partial<Record<keyof typeof TABLE_OWNERS, readonly string[]>>;

export type OwningLib = keyof typeof TABLE_OWNERS;

/** Libs that own no table and name none: infrastructure, and `testing`, which empties every table by design. */
export const TABLELESS_LIBS = ['common', 'config', 'database', 'queue'] as const;
export const EXEMPT_LIBS = ['testing'] as const;
