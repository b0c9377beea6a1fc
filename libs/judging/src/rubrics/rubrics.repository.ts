import { Injectable } from '@nestjs/common';
import { sha256OfCanonicalJson, Transactions } from '@app/database';
import { RubricContent } from './rubric';

export interface StoredRubricVersion {
  rubricId: string;
  version: number;
  definition: RubricContent;
  checksum: string;
  note: string | null;
  createdBy: string | null;
  createdAt: Date;
}

export interface StoredRubric {
  id: string;
  key: string;
  name: string;
  nameZh: string | null;
  createdAt: Date;
  latestVersion: number;
}

interface RubricRow {
  id: string;
  key: string;
  name: string;
  name_zh: string | null;
  created_at: Date;
  latest_version: number;
}

interface VersionRow {
  rubric_id: string;
  version: number;
  definition: RubricContent;
  checksum: string;
  note: string | null;
  created_by: string | null;
  created_at: Date;
}

const toRubric = (r: RubricRow): StoredRubric => ({
  id: r.id,
  key: r.key,
  name: r.name,
  nameZh: r.name_zh,
  createdAt: r.created_at,
  latestVersion: r.latest_version,
});

const toVersion = (r: VersionRow): StoredRubricVersion => ({
  rubricId: r.rubric_id,
  version: r.version,
  definition: r.definition,
  checksum: r.checksum.trim(),
  note: r.note,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

const RUBRIC_COLUMNS = `r.id, r.key, r.name, r.name_zh, r.created_at,
  (SELECT max(v.version) FROM rubric_versions v WHERE v.rubric_id = r.id)::int AS latest_version`;

/** Rubrics and their versions; a version row is never updated (a trigger refuses it). */
@Injectable()
export class RubricsRepository {
  constructor(private readonly transactions: Transactions) {}

  private get db() {
    return this.transactions.manager;
  }

  async list(): Promise<StoredRubric[]> {
    const rows: RubricRow[] = await this.db.query(
      `SELECT ${RUBRIC_COLUMNS} FROM rubrics r ORDER BY r.created_at, r.key`,
    );
    return rows.map(toRubric);
  }

  async find(id: string): Promise<StoredRubric | null> {
    const rows: RubricRow[] = await this.db.query(`SELECT ${RUBRIC_COLUMNS} FROM rubrics r WHERE r.id = $1`, [
      id,
    ]);
    return rows[0] ? toRubric(rows[0]) : null;
  }

  async versions(rubricId: string): Promise<StoredRubricVersion[]> {
    const rows: VersionRow[] = await this.db.query(
      `SELECT * FROM rubric_versions WHERE rubric_id = $1 ORDER BY version`,
      [rubricId],
    );
    return rows.map(toVersion);
  }

  async findVersion(rubricId: string, version: number): Promise<StoredRubricVersion | null> {
    const rows: VersionRow[] = await this.db.query(
      `SELECT * FROM rubric_versions WHERE rubric_id = $1 AND version = $2`,
      [rubricId, version],
    );
    return rows[0] ? toVersion(rows[0]) : null;
  }

  /** Null when the key is taken. */
  async insertRubric(
    rubric: { key: string; name: string; nameZh: string | null },
    createdBy: string | null,
  ): Promise<string | null> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO rubrics (key, name, name_zh, created_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (key) DO NOTHING RETURNING id`,
      [rubric.key, rubric.name, rubric.nameZh, createdBy],
    );
    return rows[0]?.id ?? null;
  }

  /** The next version number of the rubric, taken under a row lock on the rubric so two editors never collide. */
  async insertVersion(
    rubricId: string,
    definition: RubricContent,
    note: string | null,
    createdBy: string | null,
  ): Promise<number> {
    await this.db.query(`SELECT 1 FROM rubrics WHERE id = $1 FOR UPDATE`, [rubricId]);
    const rows: { version: number }[] = await this.db.query(
      `INSERT INTO rubric_versions (rubric_id, version, definition, checksum, note, created_by)
       SELECT $1, COALESCE(max(version), 0) + 1, $2::jsonb, $3, $4, $5 FROM rubric_versions WHERE rubric_id = $1
       RETURNING version`,
      [rubricId, JSON.stringify(definition), sha256OfCanonicalJson(definition), note, createdBy],
    );
    return rows[0].version;
  }
}
