import { Injectable } from '@nestjs/common';
import { modifiedRows, Transactions } from '@app/database';
import type {
  EnterpriseIdentity,
  IdentityChange,
  IdentityChangeState,
  IdentityVersion,
  PublishedIdentity,
} from './enterprise-identity';

interface IdentityRow {
  legal_name: string;
  legal_name_zh: string | null;
  credit_code: string;
  industry_code: string;
  organization_type: string;
}

const identity = (r: IdentityRow): EnterpriseIdentity => ({
  legalName: r.legal_name,
  legalNameZh: r.legal_name_zh,
  creditCode: r.credit_code,
  industryCode: r.industry_code,
  organizationType: r.organization_type,
});

interface VersionRow extends IdentityRow {
  enterprise_id: string;
  version: number;
  verified_by: string | null;
  verified_at: Date;
}

const toVersion = (r: VersionRow): IdentityVersion => ({
  enterpriseId: r.enterprise_id,
  version: r.version,
  ...identity(r),
  verifiedBy: r.verified_by,
  verifiedAt: r.verified_at,
});

interface ChangeRow extends IdentityRow {
  id: string;
  enterprise_id: string;
  state: IdentityChangeState;
  proposed_by: string;
  proposed_at: Date;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  review_reason: string | null;
  version: number | null;
}

const toChange = (r: ChangeRow): IdentityChange => ({
  id: r.id,
  enterpriseId: r.enterprise_id,
  ...identity(r),
  state: r.state,
  proposedBy: r.proposed_by,
  proposedAt: r.proposed_at,
  reviewedBy: r.reviewed_by,
  reviewedAt: r.reviewed_at,
  reviewReason: r.review_reason,
  version: r.version,
});

const FIELDS = 'legal_name, legal_name_zh, credit_code, industry_code, organization_type';
const values = (i: EnterpriseIdentity) => [
  i.legalName,
  i.legalNameZh,
  i.creditCode,
  i.industryCode,
  i.organizationType,
];

/** Verified identity versions (append-only) and requested identity changes, both owned by `enterprises`. */
@Injectable()
export class IdentitiesRepository {
  constructor(private readonly transactions: Transactions) {}

  private get manager() {
    return this.transactions.manager;
  }

  /** Call with the enterprise row locked, which makes max(version) + 1 safe. */
  async appendVersion(
    enterpriseId: string,
    verified: EnterpriseIdentity,
    verifiedBy: string | null,
  ): Promise<IdentityVersion> {
    const rows: VersionRow[] = await this.manager.query(
      `INSERT INTO enterprise_identity_versions (enterprise_id, version, ${FIELDS}, verified_by)
       SELECT $1, coalesce(max(version), 0) + 1, $2, $3, $4, $5, $6, $7
         FROM enterprise_identity_versions WHERE enterprise_id = $1
       RETURNING *`,
      [enterpriseId, ...values(verified), verifiedBy],
    );
    return toVersion(rows[0]);
  }

  async versions(enterpriseId: string): Promise<IdentityVersion[]> {
    const rows: VersionRow[] = await this.manager.query(
      `SELECT * FROM enterprise_identity_versions WHERE enterprise_id = $1 ORDER BY version`,
      [enterpriseId],
    );
    return rows.map(toVersion);
  }

  async changes(enterpriseId: string): Promise<IdentityChange[]> {
    const rows: ChangeRow[] = await this.manager.query(
      `SELECT * FROM enterprise_identity_changes WHERE enterprise_id = $1 ORDER BY proposed_at, id`,
      [enterpriseId],
    );
    return rows.map(toChange);
  }

  /** The pending change of each of these enterprises that has one. */
  async pendingChanges(enterpriseIds: string[]): Promise<Map<string, IdentityChange>> {
    if (enterpriseIds.length === 0) return new Map();
    const rows: ChangeRow[] = await this.manager.query(
      `SELECT * FROM enterprise_identity_changes WHERE enterprise_id = ANY($1::uuid[]) AND state = 'pending'`,
      [enterpriseIds],
    );
    return new Map(rows.map((r) => [r.enterprise_id, toChange(r)]));
  }

  /**
   * Records a requested change. The enterprise's previous pending change must be closed first (the partial
   * unique index allows one pending per enterprise): an amendment is always a new change with a new id, so the
   * id an organizer read names exactly one content.
   */
  async insertPendingChange(
    enterpriseId: string,
    requested: EnterpriseIdentity,
    proposedBy: string,
  ): Promise<IdentityChange> {
    const rows: ChangeRow[] = await this.manager.query(
      `INSERT INTO enterprise_identity_changes (enterprise_id, ${FIELDS}, proposed_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       RETURNING *`,
      [enterpriseId, ...values(requested), proposedBy],
    );
    return toChange(rows[0]);
  }

  /** Closes the pending change: verified (with the version it created), rejected or withdrawn. */
  async closeChange(
    id: string,
    outcome: { state: Exclude<IdentityChangeState, 'pending'>; by: string | null; reason: string | null },
    version: number | null,
  ): Promise<IdentityChange> {
    const rows = await modifiedRows<ChangeRow>(
      this.manager,
      `UPDATE enterprise_identity_changes
          SET state = $2, reviewed_by = $3, reviewed_at = now(), review_reason = $4, version = $5
        WHERE id = $1 AND state = 'pending'
        RETURNING *`,
      [id, outcome.state, outcome.by, outcome.reason, version],
    );
    return toChange(rows[0]);
  }

  /**
   * The last verified identity of each of these enterprises that has one, and whether a change awaits review:
   * one query, so a publication reads every name at the same moment.
   */
  async published(enterpriseIds: string[]): Promise<Map<string, PublishedIdentity>> {
    if (enterpriseIds.length === 0) return new Map();
    const rows: (VersionRow & { change_pending: boolean })[] = await this.manager.query(
      `SELECT DISTINCT ON (v.enterprise_id) v.*,
              EXISTS (SELECT 1 FROM enterprise_identity_changes c
                       WHERE c.enterprise_id = v.enterprise_id AND c.state = 'pending') AS change_pending
         FROM enterprise_identity_versions v
        WHERE v.enterprise_id = ANY($1::uuid[])
        ORDER BY v.enterprise_id, v.version DESC`,
      [enterpriseIds],
    );
    return new Map(
      rows.map((r) => [
        r.enterprise_id,
        {
          enterpriseId: r.enterprise_id,
          version: r.version,
          ...identity(r),
          changePending: r.change_pending,
        },
      ]),
    );
  }
}
