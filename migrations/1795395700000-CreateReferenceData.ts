import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables for the seeded reference data: industries, organisation and business types, rubric versions. */
export class CreateReferenceData1795395700000 implements MigrationInterface {
  name = 'CreateReferenceData1795395700000';

  public async up(q: QueryRunner): Promise<void> {
    for (const table of ['industries', 'organization_types', 'business_types']) {
      await q.query(`
        CREATE TABLE ${table} (
          code      varchar(40)  PRIMARY KEY,
          name      varchar(200) NOT NULL,
          name_zh   varchar(200) NOT NULL,
          position  integer      NOT NULL DEFAULT 0
        )`);
    }
    await q.query(`
      CREATE TABLE rubrics (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key         varchar(80)  NOT NULL UNIQUE,
        name        varchar(300) NOT NULL,
        name_zh     varchar(300) NULL,
        created_at  timestamptz  NOT NULL DEFAULT now()
      )`);
    // A version's definition is immutable once written: a change is a new version.
    await q.query(`
      CREATE TABLE rubric_versions (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        rubric_id   uuid        NOT NULL REFERENCES rubrics (id),
        version     integer     NOT NULL CHECK (version > 0),
        definition  jsonb       NOT NULL,
        checksum    char(64)    NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT rubric_versions_rubric_version_key UNIQUE (rubric_id, version)
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rubric_versions`);
    await q.query(`DROP TABLE rubrics`);
    for (const table of ['business_types', 'organization_types', 'industries']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
