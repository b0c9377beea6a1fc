import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import { Actor } from '@app/common';
import { AuditLogService } from '@app/identity';
import { asCreditCodeConflict, EnterpriseErrors } from '../enterprises.errors';
import { EnterprisesRepository } from '../enterprises.repository';
import { EnterprisesService } from '../enterprises.service';
import { EnterpriseNotices, reasonOf } from '../enterprise-notices';
import { IdentityChange, identityOf, IdentityVersion, PublishedIdentity } from './enterprise-identity';
import { IdentitiesRepository } from './identities.repository';

export interface IdentityHistory {
  versions: IdentityVersion[];
  /** Every requested change, oldest first; at most one is pending. */
  changes: IdentityChange[];
}

/**
 * The review of identity changes, and the one read other libs use to publish an enterprise: its last verified
 * identity. Requests are made by editing the profile (`EnterprisesService.update`).
 */
@Injectable()
export class EnterpriseIdentitiesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly enterprises: EnterprisesRepository,
    private readonly profiles: EnterprisesService,
    private readonly identities: IdentitiesRepository,
    private readonly auditLog: AuditLogService,
    private readonly notices: EnterpriseNotices,
  ) {}

  /**
   * The last verified identity of each enterprise that has one, and whether a change of it awaits review. Read
   * in the caller's transaction, if any, so an announcement reads it at its own moment.
   */
  published(enterpriseIds: string[]): Promise<Map<string, PublishedIdentity>> {
    return this.identities.published([...new Set(enterpriseIds)]);
  }

  pendingChanges(enterpriseIds: string[]): Promise<Map<string, IdentityChange>> {
    return this.identities.pendingChanges(enterpriseIds);
  }

  async history(enterpriseId: string, viewer: Actor): Promise<IdentityHistory> {
    await this.profiles.get(enterpriseId, viewer);
    const [versions, changes] = await Promise.all([
      this.identities.versions(enterpriseId),
      this.identities.changes(enterpriseId),
    ]);
    return { versions, changes };
  }

  /**
   * An organizer verifies the pending change (it becomes the enterprise's identity and its next version) or
   * rejects it with a reason (the verified identity stays as it is). `changeId` is the pending change the
   * organizer read; if it was amended (a new id) or closed since, nothing is decided.
   */
  async review(
    enterpriseId: string,
    changeId: string,
    decision: 'verified' | 'rejected',
    reason: string | null,
    actor: Actor,
  ): Promise<IdentityChange> {
    return this.decide(enterpriseId, changeId, decision, reason, actor).catch((err: unknown) => {
      throw asCreditCodeConflict(err);
    });
  }

  private decide(
    enterpriseId: string,
    changeId: string,
    decision: 'verified' | 'rejected',
    reason: string | null,
    actor: Actor,
  ): Promise<IdentityChange> {
    return this.transactions.run(async () => {
      // The enterprise lock orders this after any edit in flight; an edit that amended the change gave it a new
      // id, so naming the id read is naming the content read.
      const enterprise = await this.enterprises.findByIdForUpdate(enterpriseId);
      if (!enterprise) throw EnterpriseErrors.notFound(enterpriseId);
      const pending = (await this.identities.pendingChanges([enterpriseId])).get(enterpriseId);
      if (!pending) throw EnterpriseErrors.noPendingIdentityChange();
      if (pending.id !== changeId) throw EnterpriseErrors.identityChangeMoved(changeId, pending.id);
      let closed: IdentityChange;
      if (decision === 'verified') {
        if (
          pending.creditCode !== enterprise.creditCode &&
          (await this.enterprises.creditCodeUsedByOther(pending.creditCode, enterpriseId))
        )
          throw EnterpriseErrors.creditCodeTaken(pending.creditCode);
        const identity = identityOf(pending);
        await this.enterprises.update(enterpriseId, identity);
        const version = await this.identities.appendVersion(enterpriseId, identity, actor.userId);
        closed = await this.identities.closeChange(
          pending.id,
          { state: 'verified', by: actor.userId, reason },
          version.version,
        );
      } else {
        closed = await this.identities.closeChange(
          pending.id,
          { state: 'rejected', by: actor.userId, reason },
          null,
        );
      }
      await this.auditLog.record(actor, {
        action: decision === 'verified' ? 'enterprise.identity-verified' : 'enterprise.identity-rejected',
        entityType: 'enterprise',
        entityId: enterpriseId,
        before: { ...identityOf(enterprise) },
        after: { ...identityOf(pending), changeId: pending.id, version: closed.version, reason },
      });
      // Named as the members know it: the new name once verified, the one they still have when rejected.
      const names = decision === 'verified' ? identityOf(pending) : enterprise;
      await this.notices.toMembers(
        { id: enterpriseId, legalName: names.legalName, legalNameZh: names.legalNameZh },
        {
          kind: decision === 'verified' ? 'identity-change-approved' : 'identity-change-rejected',
          params: decision === 'verified' ? {} : { reason: reasonOf(reason) },
          link: { path: `/enterprises/${enterpriseId}/identity` },
          occasion: `identity-change:${pending.id}`,
        },
      );
      return closed;
    });
  }
}
