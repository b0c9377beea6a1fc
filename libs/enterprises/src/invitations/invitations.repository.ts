import { Injectable } from '@nestjs/common';
import { modifiedRows, Transactions } from '@app/database';
import type { MemberRole } from '../enterprise-member.entity';
import { EnterpriseInvitation, StoredInvitationStatus } from './enterprise-invitation.entity';

/** An invitation as its invitee sees it: with the name of the enterprise that sent it. */
export interface ReceivedInvitation extends EnterpriseInvitation {
  enterpriseName: string;
}

/** An invitation reached by its link: with the enterprise's names in both languages. */
export interface LinkedInvitation extends ReceivedInvitation {
  enterpriseNameZh: string | null;
}

const COLUMNS = `i.id, i.enterprise_id AS "enterpriseId", i.email, i.role, i.status, i.invited_by AS "invitedBy",
  i.created_at AS "createdAt", i.expires_at AS "expiresAt", i.responded_by AS "respondedBy",
  i.responded_at AS "respondedAt"`;

@Injectable()
export class InvitationsRepository {
  constructor(private readonly transactions: Transactions) {}

  private get manager() {
    return this.transactions.manager;
  }

  /**
   * Records each address's pending invitation to its enterprise, in the order given. A pending one for the same
   * enterprise and address is renewed (new link, inviter and expiry; admin if either invitation was) rather than
   * doubled: the partial unique key decides. Each pair appears once per call.
   */
  async upsertPendingMany(
    invitations: {
      enterpriseId: string;
      email: string;
      role: MemberRole;
      tokenHash: string;
      invitedBy: string;
      expiresAt: Date;
    }[],
  ): Promise<{ invitation: EnterpriseInvitation; renewed: boolean }[]> {
    const rows: (EnterpriseInvitation & { inserted: boolean; tokenHash: string })[] =
      await this.manager.query(
        `INSERT INTO enterprise_invitations AS i (enterprise_id, email, role, token_hash, invited_by, expires_at)
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::char(64)[], $5::uuid[], $6::timestamptz[])
       ON CONFLICT (enterprise_id, email) WHERE status = 'pending'
       DO UPDATE SET invited_by = EXCLUDED.invited_by, expires_at = EXCLUDED.expires_at, created_at = now(),
         token_hash = EXCLUDED.token_hash,
         role = CASE WHEN i.role = 'admin' OR EXCLUDED.role = 'admin' THEN 'admin' ELSE 'member' END
       RETURNING ${COLUMNS}, i.token_hash AS "tokenHash", (xmax = 0) AS inserted`,
        [
          invitations.map((i) => i.enterpriseId),
          invitations.map((i) => i.email),
          invitations.map((i) => i.role),
          invitations.map((i) => i.tokenHash),
          invitations.map((i) => i.invitedBy),
          invitations.map((i) => i.expiresAt),
        ],
      );
    // RETURNING keeps no order: each row is found again by its fresh token.
    const byToken = new Map(
      rows.map(({ inserted, tokenHash, ...row }) => [tokenHash, { invitation: row, renewed: !inserted }]),
    );
    return invitations.map(
      (i) => byToken.get(i.tokenHash) as { invitation: EnterpriseInvitation; renewed: boolean },
    );
  }

  /**
   * The open (pending, unexpired) invitation a link's token opens, with its enterprise's names; `lock` row-locks
   * it for the acceptance's transaction.
   */
  async findOpenByTokenHash(tokenHash: string, lock = false): Promise<LinkedInvitation | null> {
    const rows: LinkedInvitation[] = await this.manager.query(
      `SELECT ${COLUMNS}, e.legal_name AS "enterpriseName", e.legal_name_zh AS "enterpriseNameZh"
         FROM enterprise_invitations i JOIN enterprises e ON e.id = i.enterprise_id
        WHERE i.token_hash = $1 AND i.status = 'pending' AND i.expires_at > now()
        ${lock ? 'FOR UPDATE OF i' : ''}`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  /** Row-locks the invitation; call inside a transaction, which holds the lock. */
  findForUpdate(id: string): Promise<EnterpriseInvitation | null> {
    return this.manager
      .query(`SELECT ${COLUMNS} FROM enterprise_invitations i WHERE i.id = $1 FOR UPDATE`, [id])
      .then((rows: EnterpriseInvitation[]) => rows[0] ?? null);
  }

  async respond(
    id: string,
    status: Exclude<StoredInvitationStatus, 'pending'>,
    by: string,
  ): Promise<EnterpriseInvitation> {
    const rows = await modifiedRows<EnterpriseInvitation>(
      this.manager,
      `UPDATE enterprise_invitations i SET status = $2, responded_by = $3, responded_at = now()
        WHERE i.id = $1 RETURNING ${COLUMNS}`,
      [id, status, by],
    );
    return rows[0];
  }

  /** Every invitation of the enterprise, newest first (a short list: one per invited address and answer). */
  listForEnterprise(enterpriseId: string): Promise<EnterpriseInvitation[]> {
    return this.manager.query(
      `SELECT ${COLUMNS} FROM enterprise_invitations i WHERE i.enterprise_id = $1
        ORDER BY i.created_at DESC, i.id`,
      [enterpriseId],
    );
  }

  /** The open invitations to this address: pending and not expired, oldest first. */
  listOpenForEmail(email: string): Promise<ReceivedInvitation[]> {
    return this.manager.query(
      `SELECT ${COLUMNS}, e.legal_name AS "enterpriseName"
         FROM enterprise_invitations i JOIN enterprises e ON e.id = i.enterprise_id
        WHERE i.email = $1 AND i.status = 'pending' AND i.expires_at > now()
        ORDER BY i.created_at, i.id`,
      [email],
    );
  }

  /** The database's clock, the one expiry is compared with. */
  async now(): Promise<Date> {
    const [{ now }] = await this.manager.query<{ now: Date }[]>(`SELECT now() AS now`);
    return now;
  }
}
