import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `campaigns.name_zh`: the campaign's name in Chinese, shown on the public site and in Chinese messages. Null
 * when the organizer gave none: readers then see the one name there is. Existing campaigns have none.
 */
export class CampaignChineseName1798100000000 implements MigrationInterface {
  name = 'CampaignChineseName1798100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns ADD COLUMN name_zh varchar(300)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns DROP COLUMN name_zh`);
  }
}
