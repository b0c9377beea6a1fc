import { Injectable } from '@nestjs/common';
import { Transactions } from '@app/database';
import { EnterpriseDirectory } from '@app/enterprises';

export interface RoundEntrant {
  id: string;
  roundId: string;
  candidacyId: string;
  enterpriseId: string;
  enterpriseName: string;
  creditCode: string;
  industryCode: string;
  source: 'candidacy' | 'advanced' | 'added';
  reason: string | null;
  removedAt: Date | null;
  removedReason: string | null;
  createdAt: Date;
}

/** An entrant as a new round takes it in: the candidacy and what it is judged within. */
export interface NewEntrant {
  candidacyId: string;
  enterpriseId: string;
  industryCode: string;
}

interface EntrantRow {
  id: string;
  round_id: string;
  candidacy_id: string;
  enterprise_id: string;
  industry_code: string;
  source: RoundEntrant['source'];
  reason: string | null;
  removed_at: Date | null;
  removed_reason: string | null;
  created_at: Date;
}

/**
 * The entrants of rounds. Their names and credit codes are the enterprises lib's: read once per call, by id,
 * and listed in industry, then name, then entrant order, the name order being the one the enterprises lib
 * gives (the database's collation), never a sort of names here.
 */
@Injectable()
export class RoundEntrantsRepository {
  constructor(
    private readonly transactions: Transactions,
    private readonly enterprises: EnterpriseDirectory,
  ) {}

  private get db() {
    return this.transactions.manager;
  }

  async entrants(roundId: string, includeRemoved = false): Promise<RoundEntrant[]> {
    const rows: EntrantRow[] = await this.db.query(
      `SELECT * FROM round_entrants WHERE round_id = $1 ${includeRemoved ? '' : 'AND removed_at IS NULL'}
       ORDER BY industry_code, id`,
      [roundId],
    );
    return this.named(rows);
  }

  async findEntrant(roundId: string, entrantId: string): Promise<RoundEntrant | null> {
    const rows: EntrantRow[] = await this.db.query(
      `SELECT * FROM round_entrants WHERE round_id = $1 AND id = $2`,
      [roundId, entrantId],
    );
    return (await this.named(rows))[0] ?? null;
  }

  /** Rows in industry order (as the database sorts codes) become entrants with names, in name order within. */
  private async named(rows: EntrantRow[]): Promise<RoundEntrant[]> {
    const names = await this.enterprises.namesOf([...new Set(rows.map((r) => r.enterprise_id))]);
    const byId = new Map(names.map((n) => [n.id, n]));
    // Same-named enterprises share a place, so their entrants fall back to the entrant id, as in SQL.
    const namePlace = new Map<string, number>();
    names.forEach((n, i) => {
      const previous = names[i - 1];
      namePlace.set(n.id, previous?.legalName === n.legalName ? (namePlace.get(previous.id) as number) : i);
    });
    let industryPlace = 0;
    const placed = rows.flatMap((r, i) => {
      if (i > 0 && rows[i - 1].industry_code !== r.industry_code) industryPlace = i;
      const name = byId.get(r.enterprise_id);
      return name ? [{ r, name, industryPlace, namePlace: namePlace.get(r.enterprise_id) as number }] : [];
    });
    placed.sort(
      (a, b) =>
        a.industryPlace - b.industryPlace ||
        a.namePlace - b.namePlace ||
        (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0),
    );
    return placed.map(({ r, name }) => ({
      id: r.id,
      roundId: r.round_id,
      candidacyId: r.candidacy_id,
      enterpriseId: r.enterprise_id,
      enterpriseName: name.legalName,
      creditCode: name.creditCode,
      industryCode: r.industry_code,
      source: r.source,
      reason: r.reason,
      removedAt: r.removed_at,
      removedReason: r.removed_reason,
      createdAt: r.created_at,
    }));
  }

  /** The self-assessment entrants of an enterprise, in rounds that are open or later. */
  async selfAssessmentEntrants(enterpriseId: string) {
    const rows: { id: string; round_id: string }[] = await this.db.query(
      `SELECT en.id, en.round_id FROM round_entrants en JOIN judging_rounds r ON r.id = en.round_id
       WHERE en.enterprise_id = $1 AND en.removed_at IS NULL AND r.stage_type = 'self-assessment'
         AND r.state <> 'draft' ORDER BY r.created_at, en.id`,
      [enterpriseId],
    );
    return rows.map((r) => ({ entrantId: r.id, roundId: r.round_id }));
  }

  /** An enterprise's entrants in finalised rounds of a campaign, with the round, for feedback. */
  async finalisedEntries(campaignId: string, enterpriseId: string) {
    const rows: { entrant_id: string; round_id: string }[] = await this.db.query(
      `SELECT en.id AS entrant_id, r.id AS round_id FROM round_entrants en
         JOIN judging_rounds r ON r.id = en.round_id
       WHERE r.campaign_id = $1 AND en.enterprise_id = $2 AND r.state = 'finalised' AND en.removed_at IS NULL
       ORDER BY r.category_id, r.position`,
      [campaignId, enterpriseId],
    );
    return rows.map((r) => ({ entrantId: r.entrant_id, roundId: r.round_id }));
  }

  /** Enterprises with an entry in a finalised round of the campaign whose feedback goes to entrants. */
  async enterprisesWithFeedback(campaignId: string): Promise<string[]> {
    const rows: { enterprise_id: string }[] = await this.db.query(
      `SELECT DISTINCT en.enterprise_id FROM round_entrants en
         JOIN judging_rounds r ON r.id = en.round_id
       WHERE r.campaign_id = $1 AND r.state = 'finalised' AND en.removed_at IS NULL
         AND (r.visibility ->> 'feedbackToEntrants')::boolean`,
      [campaignId],
    );
    return rows.map((r) => r.enterprise_id);
  }

  /** Adds entrants that are not in the round yet; returns how many were added. */
  async insertEntrants(
    roundId: string,
    entrants: NewEntrant[],
    source: RoundEntrant['source'],
    reason: string | null,
    addedBy: string | null,
  ): Promise<number> {
    if (entrants.length === 0) return 0;
    const rows: unknown[] = await this.db.query(
      `INSERT INTO round_entrants (round_id, candidacy_id, enterprise_id, industry_code, source, reason, added_by)
       SELECT $1, c, e, i, $5, $6, $7 FROM unnest($2::uuid[], $3::uuid[], $4::varchar[]) AS t(c, e, i)
       ON CONFLICT ON CONSTRAINT round_entrants_once DO NOTHING RETURNING id`,
      [
        roundId,
        entrants.map((e) => e.candidacyId),
        entrants.map((e) => e.enterpriseId),
        entrants.map((e) => e.industryCode),
        source,
        reason,
        addedBy,
      ],
    );
    return rows.length;
  }

  /** Brings a removed entrant back (an organizer re-adds it). */
  async restoreEntrant(entrantId: string, reason: string, by: string | null) {
    await this.db.query(
      `UPDATE round_entrants SET removed_at = NULL, removed_by = NULL, removed_reason = NULL,
         source = 'added', reason = $2, added_by = $3 WHERE id = $1`,
      [entrantId, reason, by],
    );
  }

  async removeEntrant(entrantId: string, reason: string, by: string | null) {
    await this.db.query(
      `UPDATE round_entrants SET removed_at = now(), removed_by = $3, removed_reason = $2 WHERE id = $1`,
      [entrantId, reason, by],
    );
  }
}
