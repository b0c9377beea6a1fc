import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import { Language, Page, PageRequest, pageOffset } from '@app/common';

export type StaffRole = 'judge' | 'organizer';
export type StoredStaffInvitationStatus = 'pending' | 'accepted' | 'revoked';
/** `expired` is not stored: a pending invitation past its expiry is expired. */
export type StaffInvitationStatus = StoredStaffInvitationStatus | 'expired';

export interface StaffInvitation {
  id: string;
  email: string;
  role: StaffRole;
  displayName: string | null;
  language: Language | null;
  status: StaffInvitationStatus;
  invitedBy: string | null;
  createdAt: Date;
  expiresAt: Date;
  respondedAt: Date | null;
  acceptedUserId: string | null;
}

export interface NewStaffInvitation {
  email: string;
  role: StaffRole;
  displayName: string | null;
  language: Language | null;
  tokenHash: string;
  invitedBy: string | null;
  ttlDays: number;
}

// The status is computed against the database's clock, the one every expiry is written with.
const COLUMNS = `i.id, i.email, i.role, i.display_name AS "displayName", i.language,
  CASE WHEN i.status = 'pending' AND i.expires_at <= now() THEN 'expired' ELSE i.status END AS status,
  i.invited_by AS "invitedBy", i.created_at AS "createdAt", i.expires_at AS "expiresAt",
  i.responded_at AS "respondedAt", i.accepted_user_id AS "acceptedUserId"`;

const STATE_FILTER: Record<StaffInvitationStatus, string> = {
  pending: `i.status = 'pending' AND i.expires_at > now()`,
  expired: `i.status = 'pending' AND i.expires_at <= now()`,
  accepted: `i.status = 'accepted'`,
  revoked: `i.status = 'revoked'`,
};

@Injectable()
export class StaffInvitationsRepository {
  constructor(private readonly transactions: Transactions) {}

  private get manager() {
    return this.transactions.manager;
  }

  /**
   * Inserts the address's pending invitation. A pending one that has expired is replaced (new token, role,
   * inviter and expiry); a live one is left alone and null comes back: the partial unique key decides.
   */
  async insertUnlessPending(i: NewStaffInvitation): Promise<StaffInvitation | null> {
    const rows: StaffInvitation[] = await this.manager.query(
      `INSERT INTO staff_invitations AS i
         (email, role, display_name, language, token_hash, invited_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(days => $7))
       ON CONFLICT (email) WHERE status = 'pending'
       DO UPDATE SET role = EXCLUDED.role, display_name = EXCLUDED.display_name, language = EXCLUDED.language,
         token_hash = EXCLUDED.token_hash, invited_by = EXCLUDED.invited_by, created_at = now(),
         expires_at = EXCLUDED.expires_at
       WHERE i.expires_at <= now()
       RETURNING ${COLUMNS}`,
      [i.email, i.role, i.displayName, i.language, i.tokenHash, i.invitedBy, i.ttlDays],
    );
    return rows[0] ?? null;
  }

  /** The role of each of these addresses' live (pending, unexpired) invitation. */
  async liveRolesOf(emails: string[]): Promise<Map<string, StaffRole>> {
    if (emails.length === 0) return new Map();
    const rows: { email: string; role: StaffRole }[] = await this.manager.query(
      `SELECT email, role FROM staff_invitations
        WHERE email = ANY($1::text[]) AND status = 'pending' AND expires_at > now()`,
      [emails],
    );
    return new Map(rows.map((r) => [r.email, r.role]));
  }

  findById(id: string): Promise<StaffInvitation | null> {
    return this.one(`i.id = $1`, [id]);
  }

  /** The invitation a link's token opens, whatever its state. */
  findByTokenHash(tokenHash: string): Promise<StaffInvitation | null> {
    return this.one(`i.token_hash = $1`, [tokenHash]);
  }

  /** Row-locks the invitation; call inside a transaction, which holds the lock. */
  findByTokenHashForUpdate(tokenHash: string): Promise<StaffInvitation | null> {
    return this.one(`i.token_hash = $1`, [tokenHash], 'FOR UPDATE');
  }

  findByIdForUpdate(id: string): Promise<StaffInvitation | null> {
    return this.one(`i.id = $1`, [id], 'FOR UPDATE');
  }

  async markAccepted(id: string, userId: string): Promise<void> {
    await this.manager.query(
      `UPDATE staff_invitations SET status = 'accepted', accepted_user_id = $2, responded_at = now()
        WHERE id = $1`,
      [id, userId],
    );
  }

  async markRevoked(id: string): Promise<void> {
    await this.manager.query(
      `UPDATE staff_invitations SET status = 'revoked', responded_at = now() WHERE id = $1`,
      [id],
    );
  }

  /** Newest first, optionally in one state. */
  async list(state: StaffInvitationStatus | undefined, page: PageRequest): Promise<Page<StaffInvitation>> {
    const where = state ? `WHERE ${STATE_FILTER[state]}` : '';
    const items: StaffInvitation[] = await this.manager.query(
      `SELECT ${COLUMNS} FROM staff_invitations i ${where}
        ORDER BY i.created_at DESC, i.id LIMIT $1 OFFSET $2`,
      [page.pageSize, pageOffset(page)],
    );
    const [{ total }]: { total: number }[] = await this.manager.query(
      `SELECT count(*)::int AS total FROM staff_invitations i ${where}`,
    );
    return { items, total, ...page };
  }

  private async one(where: string, params: unknown[], lock = ''): Promise<StaffInvitation | null> {
    const rows: StaffInvitation[] = await this.manager.query(
      `SELECT ${COLUMNS} FROM staff_invitations i WHERE ${where} ${lock}`,
      params,
    );
    return rows[0] ?? null;
  }
}
