import { Client } from 'pg';

/**
 * The token of the last link mailed to `to` with this template, read from the recorded message's params the
 * way the recipient would read it in the mail: test support only, on a short-lived connection of its own so
 * helpers that only hold an HTTP agent can use it.
 */
export async function mailedToken(template: string, to: string): Promise<string> {
  const url = process.env.DATABASE_URL;
  if (!url?.includes('_test')) throw new Error(`Refusing to read mail outside a test database: ${url}`);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ link: string }>(
      `SELECT params->>'link' AS link FROM mail_deliveries
        WHERE template = $1 AND to_address = lower($2) ORDER BY created_at DESC, id DESC LIMIT 1`,
      [template, to],
    );
    const link = rows[0]?.link;
    if (!link) throw new Error(`No ${template} mail to ${to} was recorded`);
    const token = new URL(link).searchParams.get('token');
    if (!token) throw new Error(`The ${template} mail to ${to} has no token in its link: ${link}`);
    return token;
  } finally {
    await client.end();
  }
}
