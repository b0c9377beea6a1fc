import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor } from '@app/common';
import { modifiedRows, Transactions } from '@app/database';
import { AuditLogService } from '@app/identity';
import { SurveyErrors } from './surveys.errors';

export interface PartnerKey {
  id: string;
  campaignId: string;
  label: string;
  keyPrefix: string;
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export interface IssuedPartnerKey extends PartnerKey {
  /** The whole key. Shown once: only its SHA-256 is stored. */
  secret: string;
}

export interface PartnerKeyIdentity {
  keyId: string;
  campaignId: string;
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

const KEY_PATTERN = /^cak_[A-Za-z0-9_-]{43}$/;
const toKey = (r: KeyRow): PartnerKey => ({
  id: r.id,
  campaignId: r.campaign_id,
  label: r.label,
  keyPrefix: r.key_prefix,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
  lastUsedAt: r.last_used_at,
});

/**
 * A key is 256 random bits, so a plain SHA-256 is a safe way to store it (unlike passwords, there is nothing
 * to guess) and lets a request be authenticated with one indexed lookup.
 */
export function hashPartnerKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

@Injectable()
export class PartnerKeysService {
  constructor(
    private readonly transactions: Transactions,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auditLog: AuditLogService,
  ) {}

  async issue(campaignId: string, label: string, actor: Actor): Promise<IssuedPartnerKey> {
    const secret = `cak_${randomBytes(32).toString('base64url')}`;
    const keyPrefix = secret.slice(0, 12);
    return this.transactions.run(async () => {
      const manager = this.transactions.manager;
      const rows: KeyRow[] = await manager.query(
        `INSERT INTO survey_partner_keys (campaign_id, label, key_prefix, key_hash, created_by)
         VALUES ($1, $2, $3, $4, $5) RETURNING *`,
        [campaignId, label, keyPrefix, hashPartnerKey(secret), actor.userId],
      );
      const key = toKey(rows[0]);
      await this.auditLog.record(actor, {
        action: 'survey-partner-key.issued',
        entityType: 'survey-partner-key',
        entityId: key.id,
        after: { campaignId, label, keyPrefix },
      });
      return { ...key, secret };
    });
  }

  async list(campaignId: string): Promise<PartnerKey[]> {
    const rows: KeyRow[] = await this.dataSource.query(
      `SELECT * FROM survey_partner_keys WHERE campaign_id = $1 ORDER BY created_at, id`,
      [campaignId],
    );
    return rows.map(toKey);
  }

  async revoke(campaignId: string, keyId: string, actor: Actor): Promise<PartnerKey> {
    return this.transactions.run(async () => {
      const manager = this.transactions.manager;
      const rows = await modifiedRows<KeyRow>(
        manager,
        `UPDATE survey_partner_keys SET revoked_at = coalesce(revoked_at, now()), revoked_by = coalesce(revoked_by, $3)
         WHERE id = $1 AND campaign_id = $2 RETURNING *`,
        [keyId, campaignId, actor.userId],
      );
      if (!rows[0]) throw SurveyErrors.keyNotFound(keyId);
      await this.auditLog.record(actor, {
        action: 'survey-partner-key.revoked',
        entityType: 'survey-partner-key',
        entityId: keyId,
        after: { campaignId },
      });
      return toKey(rows[0]);
    });
  }

  /** The key's campaign when the key is well-formed, known and not revoked; null otherwise. */
  async authenticate(secret: string): Promise<PartnerKeyIdentity | null> {
    if (!KEY_PATTERN.test(secret)) return null;
    const rows = await modifiedRows<{ id: string; campaign_id: string }>(
      this.dataSource,
      `UPDATE survey_partner_keys SET last_used_at = now()
       WHERE key_hash = $1 AND revoked_at IS NULL RETURNING id, campaign_id`,
      [hashPartnerKey(secret)],
    );
    return rows[0] ? { keyId: rows[0].id, campaignId: rows[0].campaign_id } : null;
  }
}
