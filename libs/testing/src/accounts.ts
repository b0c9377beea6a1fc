import type TestAgent from 'supertest/lib/agent';
import { buildAccount } from './factories';
import { mailedToken } from './mailed-links';
import { TEST_ORGANIZER } from './test-environment';

/** The header that sends `token` as the caller's bearer token. */
export const as = (token: string) => ({ authorization: `Bearer ${token}` });

export async function loginToken(http: TestAgent, email: string, password: string): Promise<string> {
  const res = await http.post('/auth/login').send({ email, password }).expect(200);
  return res.body.accessToken as string;
}

export const organizerToken = (http: TestAgent) =>
  loginToken(http, TEST_ORGANIZER.email, TEST_ORGANIZER.password);

/**
 * A self-registered enterprise user who opened the verification link, as creating an enterprise requires;
 * `{ verified: false }` leaves the address unconfirmed.
 */
export async function registeredEnterpriseUser(http: TestAgent, options: { verified?: boolean } = {}) {
  const account = buildAccount();
  const res = await http.post('/auth/register').send(account).expect(201);
  if (options.verified ?? true) await verifyEmail(http, account.email);
  return { account, token: res.body.accessToken as string, id: res.body.user.id as string };
}

/** Opens the last verification link mailed to this address. */
export async function verifyEmail(http: TestAgent, email: string): Promise<void> {
  const token = await mailedToken('email-verification', email);
  await http.post('/auth/verify-email').send({ token }).expect(200);
}

export async function createdStaffUser(http: TestAgent, organizer: string, role: 'judge' | 'organizer') {
  const account = buildAccount();
  const res = await http
    .post('/users')
    .set('authorization', `Bearer ${organizer}`)
    .send({ ...account, role })
    .expect(201);
  return {
    account,
    id: res.body.id as string,
    token: await loginToken(http, account.email, account.password),
  };
}
