import type { ChildProcess } from 'node:child_process';
import {
  buildAccount,
  kill,
  organizerToken,
  passwordResetToken,
  response,
  surveyCampaign,
  TEST_ENV,
  TEST_ORGANIZER,
  TestApi,
  totpCode,
} from '@app/testing';
import { startApiProcess, startFreshTestApi } from '../test-apps';

/**
 * Secrets never reach a log line: the API runs as its own process at the most verbose level (every request
 * logged), the suite does what handles secrets (registration, logins right and wrong, a password change, bearer
 * calls, a partner key issued and used, a refused password), and then every line it wrote is searched for them.
 */
describe('Secrets in the logs', () => {
  let api: TestApi;
  let child: ChildProcess;
  let output = '';

  beforeAll(async () => {
    api = await startFreshTestApi();
  });
  afterAll(async () => {
    if (child) await kill(child);
    await api.close();
  });

  it('writes no password, token, partner key or JWT secret, at debug level, whatever happens', async () => {
    let base: string;
    ({ child, base } = await startApiProcess({ LOG_LEVEL: 'debug' }, (text) => (output += text)));
    const call = async (
      method: string,
      path: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) => {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> };
    };

    const account = buildAccount();
    const registered = await call('POST', '/auth/register', account);
    expect(registered.status).toBe(201);
    const secrets = [
      account.password,
      TEST_ORGANIZER.password,
      TEST_ENV.JWT_SECRET,
      registered.body.accessToken as string,
    ];
    const wrongPassword = 'a-wrong-password-typed-by-mistake';
    secrets.push(wrongPassword);
    expect(
      (await call('POST', '/auth/login', { email: account.email, password: wrongPassword })).status,
    ).toBe(401);
    const tooShort = 'short-pw';
    secrets.push(tooShort);
    expect((await call('POST', '/auth/register', { ...buildAccount(), password: tooShort })).status).toBe(
      400,
    );
    // A password change: a wrong current password, a new one refused by the policy, then one that works.
    const own = { authorization: `Bearer ${registered.body.accessToken as string}` };
    const wrongCurrent = 'not-the-current-password-at-all';
    const newTooShort = 'tiny-pw';
    const newPassword = 'the-new-password-after-a-change';
    secrets.push(wrongCurrent, newTooShort, newPassword);
    const change = (currentPassword: string, next: string) =>
      call('POST', '/auth/password', { currentPassword, newPassword: next }, own);
    expect((await change(wrongCurrent, newPassword)).status).toBe(400);
    expect((await change(account.password, newTooShort)).status).toBe(400);
    const changed = await change(account.password, newPassword);
    expect(changed.status).toBe(200);
    secrets.push(changed.body.accessToken as string);

    const login = await call('POST', '/auth/login', TEST_ORGANIZER);
    const organizer = login.body.accessToken as string;
    secrets.push(organizer);
    expect((await call('GET', '/auth/me', undefined, { authorization: `Bearer ${organizer}` })).status).toBe(
      200,
    );
    expect((await call('GET', '/users', undefined, { authorization: `Bearer ${organizer}x` })).status).toBe(
      401,
    );

    // A survey partner key: issued, used, used wrongly, revoked, used again.
    const c = await surveyCampaign(api, await organizerToken(api.http), { industries: ['telecom'] });
    const key = await call(
      'POST',
      `/campaigns/${c.id}/partner-keys`,
      { label: 'Log test partner' },
      { authorization: `Bearer ${organizer}` },
    );
    const secret = key.body.secret as string;
    secrets.push(secret);
    const sent = await call(
      'POST',
      `/campaigns/${c.id}/responses`,
      response(c.enterprises[0].id, 'log-1', 8),
      { 'x-api-key': secret },
    );
    expect(sent.status).toBe(201);
    expect(
      (
        await call('POST', `/campaigns/${c.id}/responses`, response(c.enterprises[0].id, 'log-2', 8), {
          'x-api-key': `${secret}0`,
        })
      ).status,
    ).toBe(401);
    await call(
      'POST',
      `/campaigns/${c.id}/partner-keys/${key.body.id as string}/revoke`,
      {},
      { authorization: `Bearer ${organizer}` },
    );
    expect(
      (
        await call('POST', `/campaigns/${c.id}/responses`, response(c.enterprises[0].id, 'log-3', 8), {
          'x-api-key': secret,
        })
      ).status,
    ).toBe(401);

    // A forgotten password: the token travels in a path and a body, the new password in a body.
    expect((await call('POST', '/auth/password-reset', { email: account.email })).status).toBe(202);
    const resetToken = (await passwordResetToken(api.dataSource, account.email)) as string;
    const resetPassword = 'the-password-set-through-a-reset';
    secrets.push(resetToken, resetPassword);
    expect((await call('GET', `/auth/password-reset/${resetToken}`)).status).toBe(200);
    const reset = await call('POST', '/auth/password-reset/confirm', {
      token: resetToken,
      newPassword: resetPassword,
    });
    expect(reset.status).toBe(200);
    secrets.push(reset.body.accessToken as string);

    // Two-factor sign-in: the secret, the recovery codes and the sign-in challenge.
    const judge = buildAccount();
    secrets.push(judge.password);
    await call('POST', '/users', { ...judge, role: 'judge' }, { authorization: `Bearer ${organizer}` });
    const judgeToken = (await call('POST', '/auth/login', { email: judge.email, password: judge.password }))
      .body.accessToken as string;
    secrets.push(judgeToken);
    const asJudge = { authorization: `Bearer ${judgeToken}` };
    const setup = await call('POST', '/auth/two-factor/setup', {}, asJudge);
    const totpSecret = setup.body.secret as string;
    secrets.push(totpSecret);
    const enabled = await call(
      'POST',
      '/auth/two-factor/enable',
      { code: await totpCode(totpSecret, -1) },
      asJudge,
    );
    expect(enabled.status).toBe(200);
    secrets.push(...(enabled.body.recoveryCodes as string[]), enabled.body.accessToken as string);
    const challenge = (await call('POST', '/auth/login', { email: judge.email, password: judge.password }))
      .body.challenge as string;
    secrets.push(challenge);
    const recoveryCode = (enabled.body.recoveryCodes as string[])[0];
    const secondFactor = await call('POST', '/auth/login/two-factor', { challenge, recoveryCode });
    expect(secondFactor.status).toBe(200);
    secrets.push(secondFactor.body.accessToken as string);

    await new Promise((r) => setTimeout(r, 300)); // let the last lines arrive
    expect(output).toContain('incoming request'); // every request was logged: the scan has something to scan
    expect(output).toContain('/auth/login');
    expect(output).toContain('/auth/password-reset/[redacted]');
    for (const s of secrets)
      expect({ secret: s.slice(0, 6), found: output.includes(s) }).toEqual({
        secret: s.slice(0, 6),
        found: false,
      });
  });
});
