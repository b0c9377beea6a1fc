import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { Actor } from '@app/common';
import { Transactions } from '@app/database';
import { AuditLogService } from '@app/identity';
import { PartnerKey, PartnerKeysRepository } from './partner-keys.repository';
import { SurveyErrors } from './surveys.errors';

export interface IssuedPartnerKey extends PartnerKey {
  /** The whole key. Shown once: only its SHA-256 is stored. */
  secret: string;
}

export interface PartnerKeyIdentity {
  keyId: string;
  campaignId: string;
}

const KEY_PATTERN = /^cak_[A-Za-z0-9_-]{43}$/;

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
    private readonly keys: PartnerKeysRepository,
    private readonly auditLog: AuditLogService,
  ) {}

  async issue(campaignId: string, label: string, actor: Actor): Promise<IssuedPartnerKey> {
    const secret = `cak_${randomBytes(32).toString('base64url')}`;
    const keyPrefix = secret.slice(0, 12);
    return this.transactions.run(async () => {
      const key = await this.keys.insert(campaignId, label, keyPrefix, hashPartnerKey(secret), actor.userId);
      await this.auditLog.record(actor, {
        action: 'survey-partner-key.issued',
        entityType: 'survey-partner-key',
        entityId: key.id,
        after: { campaignId, label, keyPrefix },
      });
      return { ...key, secret };
    });
  }

  list(campaignId: string): Promise<PartnerKey[]> {
    return this.keys.list(campaignId);
  }

  async revoke(campaignId: string, keyId: string, actor: Actor): Promise<PartnerKey> {
    return this.transactions.run(async () => {
      const key = await this.keys.revoke(campaignId, keyId, actor.userId);
      if (!key) throw SurveyErrors.keyNotFound(keyId);
      await this.auditLog.record(actor, {
        action: 'survey-partner-key.revoked',
        entityType: 'survey-partner-key',
        entityId: keyId,
        after: { campaignId },
      });
      return key;
    });
  }

  /** The key's campaign when the key is well-formed, known and not revoked; null otherwise. */
  async authenticate(secret: string): Promise<PartnerKeyIdentity | null> {
    if (!KEY_PATTERN.test(secret)) return null;
    return this.keys.use(hashPartnerKey(secret));
  }
}
