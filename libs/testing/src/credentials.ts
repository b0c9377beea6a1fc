import { generate } from 'otplib';
import type { DataSource } from 'typeorm';
import type TestAgent from 'supertest/lib/agent';
import { as, createdStaffUser } from './accounts';

/**
 * The token of the latest password-reset mail recorded for this address, read from the link in its params
 * (test support only: the platform stores only the token's hash in its own table).
 */
export async function passwordResetToken(dataSource: DataSource, email: string): Promise<string | null> {
  const rows: { link: string }[] = await dataSource.query(
    `SELECT params->>'link' AS link FROM mail_deliveries
      WHERE to_address = $1 AND template = 'password-reset' ORDER BY created_at DESC, id DESC LIMIT 1`,
    [email.trim().toLowerCase()],
  );
  return rows[0] ? new URL(rows[0].link).searchParams.get('token') : null;
}

/**
 * A code of the authenticator with this secret, `offsetSteps` 30-second steps from now. The platform accepts
 * the step before, the current and the next one, each once and in increasing order, so a test that needs
 * several codes within one step takes -1, then 0, then +1.
 */
export function totpCode(secret: string, offsetSteps = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 });
}

/**
 * A staff account with two-factor sign-in enabled: its secret, recovery codes and a token issued after the
 * second factor. Enabling spent the previous step's code, so the current and next ones remain for the test.
 */
export async function twoFactorStaffUser(http: TestAgent, organizer: string, role: 'judge' | 'organizer') {
  const user = await createdStaffUser(http, organizer, role);
  const setup = await http.post('/auth/two-factor/setup').set(as(user.token)).expect(200);
  const secret = setup.body.secret as string;
  const enabled = await http
    .post('/auth/two-factor/enable')
    .set(as(user.token))
    .send({ code: await totpCode(secret, -1) })
    .expect(200);
  return {
    ...user,
    secret,
    recoveryCodes: enabled.body.recoveryCodes as string[],
    token: enabled.body.accessToken as string,
  };
}
