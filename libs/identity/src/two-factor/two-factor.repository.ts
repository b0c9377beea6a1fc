import { Injectable } from '@nestjs/common';
import { modifiedRows, Transactions } from '@app/database';

export interface StoredTwoFactor {
  userId: string;
  /** The TOTP secret, sealed (see secret-box.ts). */
  secretSealed: string;
  /** Null while enrolment waits for its first code. */
  enabledAt: Date | null;
  /** The time step of the last code accepted; codes of it or earlier are refused. */
  lastTimeStep: number | null;
}

const LATER_STEP = `(last_time_step IS NULL OR last_time_step < $2)`;
const ACCEPT_STEP = `UPDATE user_two_factor SET last_time_step = $2
  WHERE user_id = $1 AND enabled_at IS NOT NULL AND ${LATER_STEP} RETURNING user_id`;
const ENABLE_WITH_STEP = `UPDATE user_two_factor SET last_time_step = $2, enabled_at = now()
  WHERE user_id = $1 AND enabled_at IS NULL AND ${LATER_STEP} RETURNING user_id`;

/** Users' TOTP secrets and recovery codes. */
@Injectable()
export class TwoFactorRepository {
  constructor(private readonly transactions: Transactions) {}

  private get db() {
    return this.transactions.manager;
  }

  async find(userId: string): Promise<StoredTwoFactor | null> {
    const rows: { secret_encrypted: string; enabled_at: Date | null; last_time_step: string | null }[] =
      await this.db.query(
        `SELECT secret_encrypted, enabled_at, last_time_step FROM user_two_factor WHERE user_id = $1`,
        [userId],
      );
    const r = rows[0];
    return r
      ? {
          userId,
          secretSealed: r.secret_encrypted,
          enabledAt: r.enabled_at,
          lastTimeStep: r.last_time_step === null ? null : Number(r.last_time_step),
        }
      : null;
  }

  /** Starts (or restarts) enrolment with a new secret; false when two-factor sign-in is already enabled. */
  async savePending(userId: string, secretSealed: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `INSERT INTO user_two_factor (user_id, secret_encrypted) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET secret_encrypted = EXCLUDED.secret_encrypted, created_at = now(),
         last_time_step = NULL
       WHERE user_two_factor.enabled_at IS NULL
       RETURNING user_id`,
      [userId, secretSealed],
    );
    return rows.length === 1;
  }

  /**
   * Records that a code of `timeStep` was accepted, if it is later than every code accepted before; with
   * `enabling`, only for a pending enrolment, which it enables. False when another request got there first.
   */
  async acceptTimeStep(userId: string, timeStep: number, enabling: boolean): Promise<boolean> {
    const rows = await modifiedRows(this.db, enabling ? ENABLE_WITH_STEP : ACCEPT_STEP, [userId, timeStep]);
    return rows.length === 1;
  }

  async remove(userId: string): Promise<void> {
    await this.db.query(`DELETE FROM user_recovery_codes WHERE user_id = $1`, [userId]);
    await this.db.query(`DELETE FROM user_two_factor WHERE user_id = $1`, [userId]);
  }

  async replaceRecoveryCodes(userId: string, hashes: string[]): Promise<void> {
    await this.db.query(`DELETE FROM user_recovery_codes WHERE user_id = $1`, [userId]);
    await this.db.query(
      `INSERT INTO user_recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])`,
      [userId, hashes],
    );
  }

  /** Deletes the code and says whether it was there: a code spends once, whoever asks at the same time. */
  async spendRecoveryCode(userId: string, hash: string): Promise<boolean> {
    const rows = await modifiedRows(
      this.db,
      `DELETE FROM user_recovery_codes WHERE user_id = $1 AND code_hash = $2 RETURNING id`,
      [userId, hash],
    );
    return rows.length === 1;
  }

  async countRecoveryCodes(userId: string): Promise<number> {
    const rows: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM user_recovery_codes WHERE user_id = $1`,
      [userId],
    );
    return rows[0].n;
  }
}
