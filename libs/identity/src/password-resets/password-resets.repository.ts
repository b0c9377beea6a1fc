import { Injectable } from '@nestjs/common';
import { modifiedRows, Transactions } from '@app/database';

/** A reset that can still be used, with the address it was sent to. */
export interface PendingReset {
  id: string;
  userId: string;
  email: string;
  expiresAt: Date;
}

/** Password resets, known by the hash of their token; the token itself is never stored. */
@Injectable()
export class PasswordResetsRepository {
  constructor(private readonly transactions: Transactions) {}

  private get db() {
    return this.transactions.manager;
  }

  async insert(userId: string, tokenHash: string, expiresAt: Date): Promise<string> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO password_resets (user_id, token_hash, expires_at) VALUES ($1, $2, $3) RETURNING id`,
      [userId, tokenHash, expiresAt],
    );
    return rows[0].id;
  }

  /** The unused, unexpired reset of this hash whose account is active, or null. */
  async findPending(tokenHash: string): Promise<PendingReset | null> {
    const rows: { id: string; user_id: string; email: string; expires_at: Date }[] = await this.db.query(
      `SELECT r.id, r.user_id, u.email, r.expires_at FROM password_resets r JOIN users u ON u.id = r.user_id
        WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > now() AND u.status = 'active'`,
      [tokenHash],
    );
    const r = rows[0];
    return r ? { id: r.id, userId: r.user_id, email: r.email, expiresAt: r.expires_at } : null;
  }

  /**
   * Marks the reset of this hash used and returns its user, in one statement: of two requests with the same
   * token, the row lock lets one through and the other finds it used. Null when unknown, used or expired.
   */
  async consume(tokenHash: string): Promise<string | null> {
    const rows = await modifiedRows<{ user_id: string }>(
      this.db,
      `UPDATE password_resets SET used_at = now()
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
      [tokenHash],
    );
    return rows[0]?.user_id ?? null;
  }

  /** Using one reset consumes the user's other pending ones: an older mail's link stops working too. */
  async consumeAllOf(userId: string): Promise<void> {
    await this.db.query(`UPDATE password_resets SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [
      userId,
    ]);
  }

  /** Resets asked for this account within the last `withinMs`. */
  async countRecent(userId: string, withinMs: number): Promise<number> {
    const rows: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM password_resets
        WHERE user_id = $1 AND created_at > now() - make_interval(secs => $2::double precision / 1000)`,
      [userId, withinMs],
    );
    return rows[0].n;
  }
}
