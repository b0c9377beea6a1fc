import { Injectable } from '@nestjs/common';
import { modifiedRows, Transactions } from '@app/database';

export interface PartnerKey {
  id: string;
  campaignId: string;
  label: string;
  keyPrefix: string;
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

interface KeyRow {
  id: string;
  campaign_id: string;
  label: string;
  key_prefix: string;
  created_at: Date;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

const toKey = (r: KeyRow): PartnerKey => ({
  id: r.id,
  campaignId: r.campaign_id,
  label: r.label,
  keyPrefix: r.key_prefix,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
  lastUsedAt: r.last_used_at,
});

/** Partner keys are stored by their SHA-256 only. */
@Injectable()
export class PartnerKeysRepository {
  constructor(private readonly transactions: Transactions) {}

  private get manager() {
    return this.transactions.manager;
  }

  async insert(
    campaignId: string,
    label: string,
    keyPrefix: string,
    keyHash: string,
    createdBy: string | null,
  ): Promise<PartnerKey> {
    const rows: KeyRow[] = await this.manager.query(
      `INSERT INTO survey_partner_keys (campaign_id, label, key_prefix, key_hash, created_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING *`,
      [campaignId, label, keyPrefix, keyHash, createdBy],
    );
    return toKey(rows[0]);
  }

  async list(campaignId: string): Promise<PartnerKey[]> {
    const rows: KeyRow[] = await this.manager.query(
      `SELECT * FROM survey_partner_keys WHERE campaign_id = $1 ORDER BY created_at, id`,
      [campaignId],
    );
    return rows.map(toKey);
  }

  /** Null when the campaign has no such key; revoking twice keeps the first revocation. */
  async revoke(campaignId: string, keyId: string, revokedBy: string | null): Promise<PartnerKey | null> {
    const rows = await modifiedRows<KeyRow>(
      this.manager,
      `UPDATE survey_partner_keys SET revoked_at = coalesce(revoked_at, now()), revoked_by = coalesce(revoked_by, $3)
       WHERE id = $1 AND campaign_id = $2 RETURNING *`,
      [keyId, campaignId, revokedBy],
    );
    return rows[0] ? toKey(rows[0]) : null;
  }

  /** Marks the live key with this hash used and gives its id and campaign; null when none. */
  async use(keyHash: string): Promise<{ keyId: string; campaignId: string } | null> {
    const rows = await modifiedRows<{ id: string; campaign_id: string }>(
      this.manager,
      `UPDATE survey_partner_keys SET last_used_at = now()
       WHERE key_hash = $1 AND revoked_at IS NULL RETURNING id, campaign_id`,
      [keyHash],
    );
    return rows[0] ? { keyId: rows[0].id, campaignId: rows[0].campaign_id } : null;
  }
}
