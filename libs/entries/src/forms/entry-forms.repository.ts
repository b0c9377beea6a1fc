import { Injectable } from '@nestjs/common';
import { modifiedRows, sha256OfCanonicalJson, Transactions } from '@app/database';
import type { FormDefinition } from '../form-definition';

export interface StoredEntryForm {
  id: string;
  key: string;
  name: string;
  nameZh: string;
  createdAt: Date;
  latestVersion: number;
}

export interface StoredEntryFormVersion {
  formId: string;
  version: number;
  definition: FormDefinition;
  checksum: string;
  note: string | null;
  createdBy: string | null;
  createdAt: Date;
}

/** A category's form: the version is frozen once its campaign has left draft and entries has resolved it. */
export interface CategoryBinding {
  categoryId: string;
  formId: string;
  frozenVersion: number | null;
  boundBy: string | null;
  boundAt: Date;
}

interface FormRow {
  id: string;
  key: string;
  name: string;
  name_zh: string;
  created_at: Date;
  latest_version: number;
}

interface VersionRow {
  form_id: string;
  version: number;
  definition: FormDefinition;
  checksum: string;
  note: string | null;
  created_by: string | null;
  created_at: Date;
}

interface BindingRow {
  category_id: string;
  form_id: string;
  frozen_version: number | null;
  bound_by: string | null;
  bound_at: Date;
}

const toForm = (r: FormRow): StoredEntryForm => ({
  id: r.id,
  key: r.key,
  name: r.name,
  nameZh: r.name_zh,
  createdAt: r.created_at,
  latestVersion: r.latest_version,
});

const toVersion = (r: VersionRow): StoredEntryFormVersion => ({
  formId: r.form_id,
  version: r.version,
  definition: r.definition,
  checksum: r.checksum.trim(),
  note: r.note,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

const toBinding = (r: BindingRow): CategoryBinding => ({
  categoryId: r.category_id,
  formId: r.form_id,
  frozenVersion: r.frozen_version,
  boundBy: r.bound_by,
  boundAt: r.bound_at,
});

const FORM_COLUMNS = `f.id, f.key, f.name, f.name_zh, f.created_at,
  (SELECT max(v.version) FROM entry_form_versions v WHERE v.form_id = f.id)::int AS latest_version`;

/** Entry forms, their versions (never updated: a trigger refuses it) and the categories bound to them. */
@Injectable()
export class EntryFormsRepository {
  constructor(private readonly transactions: Transactions) {}

  private get db() {
    return this.transactions.manager;
  }

  async list(): Promise<StoredEntryForm[]> {
    const rows: FormRow[] = await this.db.query(
      `SELECT ${FORM_COLUMNS} FROM entry_forms f ORDER BY f.created_at, f.key`,
    );
    return rows.map(toForm);
  }

  async find(id: string): Promise<StoredEntryForm | null> {
    const rows: FormRow[] = await this.db.query(`SELECT ${FORM_COLUMNS} FROM entry_forms f WHERE f.id = $1`, [
      id,
    ]);
    return rows[0] ? toForm(rows[0]) : null;
  }

  async versions(formId: string): Promise<StoredEntryFormVersion[]> {
    const rows: VersionRow[] = await this.db.query(
      `SELECT * FROM entry_form_versions WHERE form_id = $1 ORDER BY version`,
      [formId],
    );
    return rows.map(toVersion);
  }

  async findVersion(formId: string, version: number): Promise<StoredEntryFormVersion | null> {
    const rows: VersionRow[] = await this.db.query(
      `SELECT * FROM entry_form_versions WHERE form_id = $1 AND version = $2`,
      [formId, version],
    );
    return rows[0] ? toVersion(rows[0]) : null;
  }

  /** Null when the key is taken. */
  async insertForm(
    form: { key: string; name: string; nameZh: string },
    createdBy: string | null,
  ): Promise<string | null> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO entry_forms (key, name, name_zh, created_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (key) DO NOTHING RETURNING id`,
      [form.key, form.name, form.nameZh, createdBy],
    );
    return rows[0]?.id ?? null;
  }

  /** The next version number, taken under a row lock on the form so two editors never collide. */
  async insertVersion(
    formId: string,
    definition: FormDefinition,
    note: string | null,
    createdBy: string | null,
  ): Promise<number> {
    await this.db.query(`SELECT 1 FROM entry_forms WHERE id = $1 FOR UPDATE`, [formId]);
    const rows: { version: number }[] = await this.db.query(
      `INSERT INTO entry_form_versions (form_id, version, definition, checksum, note, created_by)
       SELECT $1, COALESCE(max(version), 0) + 1, $2::jsonb, $3, $4, $5 FROM entry_form_versions WHERE form_id = $1
       RETURNING version`,
      [formId, JSON.stringify(definition), sha256OfCanonicalJson(definition), note, createdBy],
    );
    return rows[0].version;
  }

  /**
   * The form's latest version written at or before `at`; its first version when none was (a form bound
   * while a draft always has one, so that only guards against clocks set back).
   */
  async versionAt(formId: string, at: Date): Promise<number> {
    const rows: { version: number }[] = await this.db.query(
      `SELECT COALESCE(max(version) FILTER (WHERE created_at <= $2), min(version))::int AS version
         FROM entry_form_versions WHERE form_id = $1`,
      [formId, at],
    );
    return rows[0].version;
  }

  async binding(categoryId: string): Promise<CategoryBinding | null> {
    const rows: BindingRow[] = await this.db.query(
      `SELECT * FROM category_entry_forms WHERE category_id = $1`,
      [categoryId],
    );
    return rows[0] ? toBinding(rows[0]) : null;
  }

  async bindings(categoryIds: string[]): Promise<CategoryBinding[]> {
    if (categoryIds.length === 0) return [];
    const rows: BindingRow[] = await this.db.query(
      `SELECT * FROM category_entry_forms WHERE category_id = ANY($1::uuid[])`,
      [categoryIds],
    );
    return rows.map(toBinding);
  }

  /** Binds the category to the form, replacing any earlier form (a draft's binding is never frozen). */
  async bind(categoryId: string, formId: string, boundBy: string | null): Promise<CategoryBinding> {
    const rows: BindingRow[] = await this.db.query(
      `INSERT INTO category_entry_forms (category_id, form_id, bound_by) VALUES ($1, $2, $3)
       ON CONFLICT (category_id) DO UPDATE
         SET form_id = EXCLUDED.form_id, bound_by = EXCLUDED.bound_by, bound_at = now(), frozen_version = NULL
       RETURNING *`,
      [categoryId, formId, boundBy],
    );
    return toBinding(rows[0]);
  }

  async unbind(categoryId: string): Promise<boolean> {
    const rows = await modifiedRows<{ category_id: string }>(
      this.db,
      `DELETE FROM category_entry_forms WHERE category_id = $1 RETURNING category_id`,
      [categoryId],
    );
    return rows.length > 0;
  }

  /**
   * Records the frozen version unless one is recorded already (two first readers agree anyway: both compute
   * it from the same opening moment); the frozen version.
   */
  async freeze(categoryId: string, version: number): Promise<number> {
    const rows = await modifiedRows<{ frozen_version: number }>(
      this.db,
      `UPDATE category_entry_forms SET frozen_version = COALESCE(frozen_version, $2)
        WHERE category_id = $1 RETURNING frozen_version`,
      [categoryId, version],
    );
    return rows[0]?.frozen_version ?? version;
  }
}
