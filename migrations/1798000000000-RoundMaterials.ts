import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `judging_rounds.materials`: what a round shows its judges of each entrant's entry, and which attachments the
 * judges add to their sheets. `{"shownFields": null | [field key, ...], "judgeAttachments": null | {"slots":
 * [{key, label: {en, zh}, accept: [media type, ...], maxBytes, maxFiles}, ...], "toEntrantsAfterAnnouncement":
 * bool}}`; `shownFields` null shows every field of the category's entry form. Rounds that exist already
 * keep what they showed before the column existed: every field, and no attachments. New rounds get their
 * stage's defaults from the application, which names the column on every insert, so no default stays.
 */
export class RoundMaterials1798000000000 implements MigrationInterface {
  name = 'RoundMaterials1798000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE judging_rounds
        ADD COLUMN materials jsonb NOT NULL DEFAULT '{"shownFields": null, "judgeAttachments": null}'`);
    await q.query(`ALTER TABLE judging_rounds ALTER COLUMN materials DROP DEFAULT`);
    await q.query(`
      ALTER TABLE judging_rounds ADD CONSTRAINT judging_rounds_materials_check CHECK (
        jsonb_typeof(materials) = 'object'
        AND jsonb_typeof(materials -> 'shownFields') IN ('null', 'array')
        AND jsonb_typeof(materials -> 'judgeAttachments') IN ('null', 'object'))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE judging_rounds DROP COLUMN materials`);
  }
}
