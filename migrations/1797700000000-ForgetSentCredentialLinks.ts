import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An invitation's, a verification's or a password reset's link carries its token. The mail's row keeps it
 * until the message is sent; the worker's sweep then takes the link out of sent and dead messages an hour on,
 * so neither the database nor its backups hold a way into someone's account for the life of an invitation.
 * The sweep runs every few seconds: this index holds only rows that still have a link, by template, so it
 * finds the few to clear without reading the table.
 */
export class ForgetSentCredentialLinks1797700000000 implements MigrationInterface {
  name = 'ForgetSentCredentialLinks1797700000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX mail_deliveries_link_idx ON mail_deliveries (template) WHERE params ? 'link'`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX mail_deliveries_link_idx`);
  }
}
