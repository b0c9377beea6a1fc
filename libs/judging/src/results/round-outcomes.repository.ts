import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';

/** A finalised round's results as stored, with their checksum: never recomputed once written. */
@Injectable()
export class RoundOutcomesRepository {
  constructor(private readonly transactions: Transactions) {}

  private get db() {
    return this.transactions.manager;
  }

  async insertOutcome(roundId: string, results: unknown, checksum: string, by: string | null): Promise<void> {
    await this.db.query(
      `INSERT INTO round_outcomes (round_id, results, checksum, finalised_by) VALUES ($1, $2::jsonb, $3, $4)`,
      [roundId, JSON.stringify(results), checksum, by],
    );
  }

  async outcome(roundId: string) {
    const rows: { results: unknown; checksum: string; finalised_by: string | null; finalised_at: Date }[] =
      await this.db.query(`SELECT * FROM round_outcomes WHERE round_id = $1`, [roundId]);
    const r = rows[0];
    return r
      ? {
          results: r.results,
          checksum: r.checksum.trim(),
          finalisedBy: r.finalised_by,
          finalisedAt: r.finalised_at,
        }
      : null;
  }
}
