import { Injectable } from '@nestjs/common';
import { modifiedRows, Transactions } from '@app/database';

export interface OpenVerification {
  id: string;
  userId: string;
}

@Injectable()
export class EmailVerificationsRepository {
  constructor(private readonly transactions: Transactions) {}

  async insert(userId: string, tokenHash: string, hours: number): Promise<Date> {
    const [{ expiresAt }]: { expiresAt: Date }[] = await this.transactions.manager.query(
      `INSERT INTO email_verifications (user_id, token_hash, expires_at)
       VALUES ($1, $2, now() + make_interval(hours => $3)) RETURNING expires_at AS "expiresAt"`,
      [userId, tokenHash, hours],
    );
    return expiresAt;
  }

  /**
   * Uses the link, when it is unused and unexpired by the database's clock: one statement, so two clicks at
   * once use it once. Null when there is nothing to use.
   */
  async use(tokenHash: string): Promise<OpenVerification | null> {
    const rows = await modifiedRows<OpenVerification>(
      this.transactions.manager,
      `UPDATE email_verifications SET used_at = now()
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
        RETURNING id, user_id AS "userId"`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }
}
