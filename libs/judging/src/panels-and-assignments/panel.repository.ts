import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import { UsersService } from '@app/identity';

export interface PanelJudge {
  judgeId: string;
  displayName: string;
  isChair: boolean;
}

/** Who sits on each round's panel. Judges' names are the identity lib's, listed in the order it gives them. */
@Injectable()
export class PanelRepository {
  constructor(
    private readonly transactions: Transactions,
    private readonly users: UsersService,
  ) {}

  private get db() {
    return this.transactions.manager;
  }

  /** The panel in display-name order (then judge id). */
  async panel(roundId: string): Promise<PanelJudge[]> {
    const rows: { judge_id: string; is_chair: boolean }[] = await this.db.query(
      `SELECT judge_id, is_chair FROM round_judges WHERE round_id = $1`,
      [roundId],
    );
    const chairs = new Map(rows.map((r) => [r.judge_id, r.is_chair]));
    const names = await this.users.namesOf([...chairs.keys()]);
    return names.map((n) => ({
      judgeId: n.id,
      displayName: n.displayName,
      isChair: chairs.get(n.id) as boolean,
    }));
  }

  async replacePanel(
    roundId: string,
    judges: { judgeId: string; isChair: boolean }[],
    addedBy: string | null,
  ): Promise<void> {
    await this.db.query(`DELETE FROM round_judges WHERE round_id = $1`, [roundId]);
    if (judges.length === 0) return;
    await this.db.query(
      `INSERT INTO round_judges (round_id, judge_id, is_chair, added_by)
       SELECT $1, j, c, $4 FROM unnest($2::uuid[], $3::boolean[]) AS t(j, c)`,
      [roundId, judges.map((j) => j.judgeId), judges.map((j) => j.isChair), addedBy],
    );
  }

  async isOnPanel(roundId: string, judgeId: string): Promise<{ isChair: boolean } | null> {
    const rows: { is_chair: boolean }[] = await this.db.query(
      `SELECT is_chair FROM round_judges WHERE round_id = $1 AND judge_id = $2`,
      [roundId, judgeId],
    );
    return rows[0] ? { isChair: rows[0].is_chair } : null;
  }
}
