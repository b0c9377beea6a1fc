import { Injectable } from '@nestjs/common';
import { modifiedRows, Transactions } from '@app/database';
import type { AnswerValue, Answers } from '../form-definition';

export type EntryState = 'draft' | 'submitted';

export interface StoredEntry {
  candidacyId: string;
  categoryId: string;
  formId: string;
  formVersion: number;
  answers: Answers;
  state: EntryState;
  submittedAt: Date | null;
  submittedBy: string | null;
  updatedAt: Date;
  updatedBy: string | null;
  revision: number;
}

/** One field's change: its value before and after (null when it had or has none). */
export interface FieldChange {
  fieldKey: string;
  before: AnswerValue;
  after: AnswerValue;
}

export interface StoredRevision extends FieldChange {
  id: string;
  revision: number;
  changedBy: string | null;
  changedAt: Date;
}

interface EntryRow {
  candidacy_id: string;
  category_id: string;
  form_id: string;
  form_version: number;
  answers: Answers;
  state: EntryState;
  submitted_at: Date | null;
  submitted_by: string | null;
  updated_at: Date;
  updated_by: string | null;
  revision: number;
}

const toEntry = (r: EntryRow): StoredEntry => ({
  candidacyId: r.candidacy_id,
  categoryId: r.category_id,
  formId: r.form_id,
  formVersion: r.form_version,
  answers: r.answers,
  state: r.state,
  submittedAt: r.submitted_at,
  submittedBy: r.submitted_by,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
  revision: r.revision,
});

/** Candidacies' answers and the append-only history of every field's values. */
@Injectable()
export class EntriesRepository {
  constructor(private readonly transactions: Transactions) {}

  private get db() {
    return this.transactions.manager;
  }

  async find(candidacyId: string): Promise<StoredEntry | null> {
    const rows: EntryRow[] = await this.db.query(`SELECT * FROM entries WHERE candidacy_id = $1`, [
      candidacyId,
    ]);
    return rows[0] ? toEntry(rows[0]) : null;
  }

  /**
   * The candidacy's entry, row-locked until the ambient transaction ends; made empty (a draft on this form
   * version) first when it has none, so concurrent first saves queue on the same row.
   */
  async lockOrCreate(entry: {
    candidacyId: string;
    categoryId: string;
    formId: string;
    formVersion: number;
  }): Promise<StoredEntry> {
    await this.db.query(
      `INSERT INTO entries (candidacy_id, category_id, form_id, form_version) VALUES ($1, $2, $3, $4)
       ON CONFLICT (candidacy_id) DO NOTHING`,
      [entry.candidacyId, entry.categoryId, entry.formId, entry.formVersion],
    );
    const rows: EntryRow[] = await this.db.query(`SELECT * FROM entries WHERE candidacy_id = $1 FOR UPDATE`, [
      entry.candidacyId,
    ]);
    return toEntry(rows[0]);
  }

  /** Replaces the answers as the next revision. */
  async saveAnswers(candidacyId: string, answers: Answers, by: string | null): Promise<StoredEntry> {
    const rows = await modifiedRows<EntryRow>(
      this.db,
      `UPDATE entries SET answers = $2::jsonb, revision = revision + 1, updated_at = now(), updated_by = $3
        WHERE candidacy_id = $1 RETURNING *`,
      [candidacyId, JSON.stringify(answers), by],
    );
    return toEntry(rows[0]);
  }

  async markSubmitted(candidacyId: string, by: string | null): Promise<StoredEntry> {
    const rows = await modifiedRows<EntryRow>(
      this.db,
      `UPDATE entries SET state = 'submitted', submitted_at = now(), submitted_by = $2, updated_at = now(),
              updated_by = $2
        WHERE candidacy_id = $1 RETURNING *`,
      [candidacyId, by],
    );
    return toEntry(rows[0]);
  }

  async insertRevisions(
    candidacyId: string,
    revision: number,
    changes: FieldChange[],
    by: string | null,
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO entry_revisions (candidacy_id, revision, field_key, before, after, changed_by)
       SELECT $1, $2, c.field_key, c.before, c.after, $3
         FROM jsonb_to_recordset($4::jsonb) AS c (field_key varchar, before jsonb, after jsonb)`,
      [
        candidacyId,
        revision,
        by,
        JSON.stringify(changes.map((c) => ({ field_key: c.fieldKey, before: c.before, after: c.after }))),
      ],
    );
  }

  async revisions(
    candidacyId: string,
    fieldKey: string | null,
    limit: number,
    offset: number,
  ): Promise<{ items: StoredRevision[]; total: number }> {
    const rows: {
      id: string;
      revision: number;
      field_key: string;
      before: AnswerValue;
      after: AnswerValue;
      changed_by: string | null;
      changed_at: Date;
      total: number;
    }[] = await this.db.query(
      `SELECT id::text, revision, field_key, before, after, changed_by, changed_at, count(*) OVER ()::int AS total
         FROM entry_revisions
        WHERE candidacy_id = $1 AND ($2::varchar IS NULL OR field_key = $2)
        ORDER BY id LIMIT $3 OFFSET $4`,
      [candidacyId, fieldKey, limit, offset],
    );
    const total =
      rows[0]?.total ??
      (
        await this.db.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM entry_revisions WHERE candidacy_id = $1 AND ($2::varchar IS NULL OR field_key = $2)`,
          [candidacyId, fieldKey],
        )
      )[0].n;
    return {
      total,
      items: rows.map((r) => ({
        id: r.id,
        revision: r.revision,
        fieldKey: r.field_key,
        before: r.before,
        after: r.after,
        changedBy: r.changed_by,
        changedAt: r.changed_at,
      })),
    };
  }

  /** The entries of these categories: what completeness and exports are computed from. */
  async inCategories(categoryIds: string[]): Promise<StoredEntry[]> {
    if (categoryIds.length === 0) return [];
    const rows: EntryRow[] = await this.db.query(
      `SELECT * FROM entries WHERE category_id = ANY($1::uuid[])`,
      [categoryIds],
    );
    return rows.map(toEntry);
  }
}
