import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import { ReferenceDataService } from '@app/reference-data';
import { Actor, Page, PageRequest } from '@app/common';
import { AuditLogService, UsersService } from '@app/identity';
import type { EnterpriseMember } from './enterprise-member.entity';
import { Enterprise } from './enterprise.entity';
import { asCreditCodeConflict, EnterpriseErrors } from './enterprises.errors';
import { EnterpriseListFilter, EnterpriseListSort, EnterprisesRepository } from './enterprises.repository';
import {
  IdentityChange,
  identityOf,
  requestedIdentity,
  sameIdentity,
  splitIdentity,
  type EnterpriseIdentity,
} from './identity/enterprise-identity';
import { IdentitiesRepository } from './identity/identities.repository';
import { EnterpriseNotices, reasonOf } from './enterprise-notices';

export interface EnterpriseProfile {
  legalName: string;
  legalNameZh?: string | null;
  creditCode: string;
  industryCode: string;
  organizationType: string;
  businessTypes: string[];
  region: string;
  seats: number;
  annualRevenue?: string | null;
  contactName: string;
  contactEmail: string;
  contactPhone?: string | null;
}

function auditSummary(e: Enterprise): Record<string, unknown> {
  return {
    legalName: e.legalName,
    legalNameZh: e.legalNameZh,
    creditCode: e.creditCode,
    industryCode: e.industryCode,
    organizationType: e.organizationType,
    businessTypes: e.businessTypes,
    region: e.region,
    seats: e.seats,
    annualRevenue: e.annualRevenue,
    status: e.status,
    reviewReason: e.reviewReason,
  };
}

export type EnterpriseMemberContact = EnterpriseMember & { email: string; displayName: string };

@Injectable()
export class EnterprisesService {
  constructor(
    private readonly reference: ReferenceDataService,
    private readonly transactions: Transactions,
    private readonly enterprises: EnterprisesRepository,
    private readonly auditLog: AuditLogService,
    private readonly identities: IdentitiesRepository,
    private readonly users: UsersService,
    private readonly notices: EnterpriseNotices,
  ) {}

  /** The registering user proved their address first: an enterprise is not started from an unread mailbox. */
  async register(profile: EnterpriseProfile, actor: Actor): Promise<Enterprise> {
    await this.users.requireVerifiedEmail(actor.userId as string);
    await this.checkReferences(profile);
    return this.transactions.run(async () => {
      const p = normalise(profile);
      const enterprise = await this.enterprises.insertIfCreditCodeFree({
        ...p,
        legalNameZh: p.legalNameZh ?? null,
        annualRevenue: p.annualRevenue ?? null,
        contactPhone: p.contactPhone ?? null,
        createdBy: actor.userId as string,
      });
      if (!enterprise) throw EnterpriseErrors.creditCodeTaken(profile.creditCode);
      await this.enterprises.addMember({
        enterpriseId: enterprise.id,
        userId: actor.userId as string,
        role: 'admin',
        addedBy: actor.userId,
      });
      await this.auditLog.record(actor, {
        action: 'enterprise.registered',
        entityType: 'enterprise',
        entityId: enterprise.id,
        after: auditSummary(enterprise),
      });
      return enterprise;
    });
  }

  /** Organizers see every enterprise; enterprise users only their own, and others do not exist for them. */
  /** An enterprise's legal names, for messages about it. */
  async names(id: string): Promise<Pick<Enterprise, 'id' | 'legalName' | 'legalNameZh'>> {
    const enterprise = await this.enterprises.findById(id);
    if (!enterprise) throw EnterpriseErrors.notFound(id);
    return { id, legalName: enterprise.legalName, legalNameZh: enterprise.legalNameZh };
  }

  async get(id: string, viewer: Actor): Promise<Enterprise> {
    const enterprise = await this.enterprises.findById(id);
    if (!enterprise || !(await this.canSee(enterprise.id, viewer))) throw EnterpriseErrors.notFound(id);
    return enterprise;
  }

  list(
    filter: Omit<EnterpriseListFilter, 'memberUserId'>,
    page: PageRequest,
    viewer: Actor,
    sort?: EnterpriseListSort,
  ): Promise<Page<Enterprise>> {
    const memberUserId = viewer.role === 'organizer' ? undefined : (viewer.userId as string);
    return this.enterprises.list({ ...filter, memberUserId }, page, sort);
  }

  /**
   * Only an admin of the enterprise edits its profile. Before the first verification every field is edited in
   * place (a rejected profile is thereby resubmitted). Once verified, contact and size fields still are, but an
   * edit of the identity (names, credit code, industry, organisation type) becomes a change request that an
   * organizer reviews; until then the verified identity stays, and is what gets published.
   */
  async update(
    id: string,
    changes: Partial<EnterpriseProfile>,
    actor: Actor,
  ): Promise<{ enterprise: Enterprise; pendingIdentityChange: IdentityChange | null }> {
    if (!(await this.canSee(id, actor)) || actor.role !== 'enterprise') throw EnterpriseErrors.notFound(id);
    const membership = await this.enterprises.membership(id, actor.userId as string);
    if (membership?.role !== 'admin') throw EnterpriseErrors.notAdmin();
    await this.checkReferences(changes);
    return this.transactions
      .run(async () => this.edit(id, changes, actor))
      .catch((err: unknown) => {
        throw asCreditCodeConflict(err);
      });
  }

  private async edit(
    id: string,
    changes: Partial<EnterpriseProfile>,
    actor: Actor,
  ): Promise<{ enterprise: Enterprise; pendingIdentityChange: IdentityChange | null }> {
    const before = await this.enterprises.findByIdForUpdate(id);
    if (!before) throw EnterpriseErrors.notFound(id);
    const patch = normalise(changes);
    if (
      patch.creditCode &&
      patch.creditCode !== before.creditCode &&
      (await this.enterprises.creditCodeUsedByOther(patch.creditCode, id))
    ) {
      throw EnterpriseErrors.creditCodeTaken(patch.creditCode);
    }
    const verified = before.status === 'verified';
    const { identity, rest } = splitIdentity(patch);
    const inPlace = verified ? rest : patch;
    let after = before;
    if (Object.keys(inPlace).length > 0 || before.status === 'rejected') {
      after = await this.enterprises.update(id, {
        ...inPlace,
        // A rejected profile that is edited is resubmitted.
        ...(before.status === 'rejected' && {
          status: 'pending',
          reviewReason: null,
          reviewedBy: null,
          reviewedAt: null,
        }),
      });
      await this.auditLog.record(actor, {
        action: 'enterprise.updated',
        entityType: 'enterprise',
        entityId: id,
        before: auditSummary(before),
        after: auditSummary(after),
      });
    }
    const pendingIdentityChange = verified ? await this.requestIdentityChange(before, identity, actor) : null;
    return { enterprise: after, pendingIdentityChange };
  }

  /** The enterprise's pending identity change after this edit: created, amended, withdrawn or left as it was. */
  private async requestIdentityChange(
    before: Enterprise,
    edit: Partial<EnterpriseIdentity>,
    actor: Actor,
  ): Promise<IdentityChange | null> {
    const pending = (await this.identities.pendingChanges([before.id])).get(before.id) ?? null;
    if (Object.keys(edit).length === 0) return pending;
    const verified = identityOf(before);
    const requested = requestedIdentity(verified, pending, edit);
    if (pending && sameIdentity(requested, pending)) return pending;
    // Edited back to the verified identity, nothing is left to review; otherwise the edit is a new change. Either
    // way the pending change is closed, never amended in place: an organizer who read it must not verify a
    // content they did not see.
    if (pending) {
      await this.identities.closeChange(
        pending.id,
        { state: 'withdrawn', by: actor.userId, reason: null },
        null,
      );
      await this.auditLog.record(actor, {
        action: 'enterprise.identity-change-withdrawn',
        entityType: 'enterprise',
        entityId: before.id,
        before: { ...identityOf(pending), changeId: pending.id },
      });
    }
    if (sameIdentity(requested, verified)) return null;
    const change = await this.identities.insertPendingChange(before.id, requested, actor.userId as string);
    await this.auditLog.record(actor, {
      action: 'enterprise.identity-change-requested',
      entityType: 'enterprise',
      entityId: before.id,
      before: { ...verified },
      after: { ...requested, changeId: change.id, ...(pending && { replaces: pending.id }) },
    });
    return change;
  }

  /**
   * The first verification (or a rejection) of a pending profile. `profileRevision` is the revision the
   * organizer read: a profile edited since is refused, so what gets verified is what was seen.
   */
  async review(
    id: string,
    decision: 'verified' | 'rejected',
    reason: string | null,
    profileRevision: number,
    actor: Actor,
  ): Promise<Enterprise> {
    return this.transactions.run(async () => {
      const before = await this.enterprises.findByIdForUpdate(id);
      if (!before) throw EnterpriseErrors.notFound(id);
      if (before.status !== 'pending') throw EnterpriseErrors.notReviewable(before.status);
      if (before.profileRevision !== profileRevision)
        throw EnterpriseErrors.profileMoved(profileRevision, before.profileRevision);
      const after = await this.enterprises.update(id, {
        status: decision,
        reviewReason: reason,
        reviewedBy: actor.userId,
        reviewedAt: () => 'now()',
      });
      // The identity an organizer verified is kept as it was: everything published uses it.
      if (decision === 'verified') await this.identities.appendVersion(id, identityOf(after), actor.userId);
      await this.auditLog.record(actor, {
        action: decision === 'verified' ? 'enterprise.verified' : 'enterprise.rejected',
        entityType: 'enterprise',
        entityId: id,
        before: auditSummary(before),
        after: auditSummary(after),
      });
      await this.notices.toMembers(after, {
        kind: decision === 'verified' ? 'enterprise-verified' : 'enterprise-rejected',
        params: decision === 'verified' ? {} : { reason: reasonOf(reason) },
        link: { path: `/enterprises/${id}` },
        // A rejected enterprise may be corrected and reviewed again: each review of a revision is one notice.
        occasion: `enterprise-review:${id}:${profileRevision}`,
      });
      return after;
    });
  }

  async listMembers(id: string, viewer: Actor) {
    await this.get(id, viewer);
    return this.members(id);
  }

  /** Oldest member first, each with the address and name of their account. */
  async members(id: string): Promise<EnterpriseMemberContact[]> {
    const members = await this.enterprises.listMembers(id);
    const contacts = await this.users.contactsOf(members.map((m) => m.userId));
    return members.flatMap((m) => {
      const contact = contacts.get(m.userId);
      return contact ? [{ ...m, email: contact.email, displayName: contact.displayName }] : [];
    });
  }

  /** True when the user is a member (or an organizer); used by other libs, e.g. candidacies. */
  async canSee(enterpriseId: string, viewer: Actor): Promise<boolean> {
    if (viewer.role === 'organizer') return true;
    if (viewer.role !== 'enterprise' || !viewer.userId) return false;
    return (await this.enterprises.membership(enterpriseId, viewer.userId)) !== null;
  }

  private async checkReferences(profile: Partial<EnterpriseProfile>): Promise<void> {
    const problems = [
      ...(profile.industryCode
        ? await this.reference.unknownCodes('industries', [profile.industryCode])
        : []
      ).map((c) => ({
        field: 'industryCode',
        message: { en: `unknown industry ${c}`, zh: `未知的行业 ${c}` },
      })),
      ...(profile.organizationType
        ? await this.reference.unknownCodes('organizationTypes', [profile.organizationType])
        : []
      ).map((c) => ({
        field: 'organizationType',
        message: { en: `unknown organisation type ${c}`, zh: `未知的组织类型 ${c}` },
      })),
      ...(await this.reference.unknownCodes('businessTypes', profile.businessTypes ?? [])).map((c) => ({
        field: 'businessTypes',
        message: { en: `unknown business type ${c}`, zh: `未知的业务类型 ${c}` },
      })),
    ];
    if (problems.length > 0) throw EnterpriseErrors.unknownReferences(problems);
  }
}

/** Codes are stored upper-case, emails lower-case, lists without repeats. */
function normalise<T extends Partial<EnterpriseProfile>>(profile: T): T {
  return {
    ...profile,
    ...(profile.creditCode !== undefined && { creditCode: profile.creditCode.toUpperCase() }),
    ...(profile.contactEmail !== undefined && { contactEmail: profile.contactEmail.toLowerCase() }),
    ...(profile.businessTypes !== undefined && { businessTypes: [...new Set(profile.businessTypes)] }),
  };
}
