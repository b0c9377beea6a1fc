import type TestAgent from 'supertest/lib/agent';
import { buildAccount } from './factories';
import { TEST_ORGANIZER } from './test-environment';

/** The header that sends `token` as the caller's bearer token. */
export const as = (token: string) => ({ authorization: `Bearer ${token}` });

export async function loginToken(http: TestAgent, email: string, password: string): Promise<string> {
  const res = await http.post('/auth/login').send({ email, password }).expect(200);
  return res.body.accessToken as string;
}

export const organizerToken = (http: TestAgent) =>
  loginToken(http, TEST_ORGANIZER.email, TEST_ORGANIZER.password);

export async function registeredEnterpriseUser(http: TestAgent) {
  const account = buildAccount();
  const res = await http.post('/auth/register').send(account).expect(201);
  return { account, token: res.body.accessToken as string, id: res.body.user.id as string };
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
