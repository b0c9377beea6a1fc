import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/database';

/** Reads links out of the mail the platform recorded, as a person would out of their inbox. */
export interface Mailbox {
  /** The token of the last `template` link mailed to `to`. */
  tokenFor(template: string, to: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The local platform's recorded mail, for the demo and the benchmarks: their made-up addresses have no inbox,
 * so they read the link from `mail_deliveries` (what the local mail catcher would show) and open it through
 * the API like anyone else.
 */
export async function openMailbox(databaseUrl: string): Promise<Mailbox> {
  const connection = await new DataSource({
    ...dataSourceOptions(databaseUrl, 2),
    entities: [],
  }).initialize();
  return {
    async tokenFor(template, to) {
      const rows: { link: string }[] = await connection.query(
        `SELECT params->>'link' AS link FROM mail_deliveries WHERE template = $1 AND to_address = lower($2)
          ORDER BY created_at DESC LIMIT 1`,
        [template, to],
      );
      const token = rows[0] && new URL(rows[0].link).searchParams.get('token');
      if (!token) throw new Error(`No ${template} link was mailed to ${to}`);
      return token;
    },
    close: () => connection.destroy(),
  };
}
