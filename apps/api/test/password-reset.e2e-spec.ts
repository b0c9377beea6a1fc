import {
  as,
  createdStaffUser,
  loginToken,
  organizerToken,
  passwordResetToken,
  registeredEnterpriseUser,
  TestApi,
} from '@app/testing';
import { startFreshTestApi, startTestApi } from './test-apps';

const NEW_PASSWORD = 'a brand new passphrase for this account';
const ANSWER = {
  message: 'If an active account has this address, a reset link valid for 30 minutes is on its way to it.',
};

describe('Forgotten password', () => {
  let api: TestApi;
  let organizer: string;

  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
  });
  afterAll(() => api.close());

  const requestReset = (email: string) => api.http.post('/auth/password-reset').send({ email });
  const confirm = (token: string, newPassword = NEW_PASSWORD) =>
    api.http.post('/auth/password-reset/confirm').send({ token, newPassword });
  const mails = (email: string) =>
    api.dataSource.query(
      `SELECT template, language, recipient_id, params FROM mail_deliveries
        WHERE to_address = $1 AND template = 'password-reset'`,
      [email],
    );

  it('mails a single-use link; the new password works, every session ends, and it is audited', async () => {
    const user = await registeredEnterpriseUser(api.http);
    const otherSession = await loginToken(api.http, user.account.email, user.account.password);
    const before = Date.now();
    expect((await requestReset(user.account.email.toUpperCase()).expect(202)).body).toEqual(ANSWER);

    const [mail] = await mails(user.account.email);
    // No language chosen and no campaign: Chinese, as every other message.
    expect(mail).toMatchObject({ template: 'password-reset', language: 'zh', recipient_id: user.id });
    expect(mail.params.displayName).toBe(user.account.displayName);
    const link = new URL(mail.params.link);
    expect(`${link.origin}${link.pathname}`).toBe('http://localhost:3000/account/reset-password');
    const expiresAt = Date.parse(mail.params.expiresAt);
    expect(expiresAt - before).toBeGreaterThanOrEqual(30 * 60_000 - 1000);
    expect(expiresAt - before).toBeLessThanOrEqual(30 * 60_000 + 5000);

    const token = (await passwordResetToken(api.dataSource, user.account.email)) as string;
    const [stored] = await api.dataSource.query(`SELECT token_hash FROM password_resets WHERE user_id = $1`, [
      user.id,
    ]);
    expect(stored.token_hash).not.toContain(token);
    const shown = await api.http.get(`/auth/password-reset/${token}`).expect(200);
    expect(shown.body).toEqual({ email: user.account.email, expiresAt: mail.params.expiresAt });

    const res = await confirm(token).expect(200);
    expect(res.body).toMatchObject({ tokenType: 'Bearer', user: { id: user.id } });
    await api.http.get('/auth/me').set(as(res.body.accessToken)).expect(200);
    for (const old of [user.token, otherSession]) await api.http.get('/auth/me').set(as(old)).expect(401);
    await api.http
      .post('/auth/login')
      .send({ email: user.account.email, password: user.account.password })
      .expect(401);
    await loginToken(api.http, user.account.email, NEW_PASSWORD);

    // Single use: the link is gone, whichever way it is tried again.
    await api.http.get(`/auth/password-reset/${token}`).expect(404);
    const again = await confirm(token, 'yet another long passphrase').expect(404);
    expect(again.body.code).toBe('PASSWORD_RESET_NOT_FOUND');

    const audit: { action: string; row: string }[] = await api.dataSource.query(
      `SELECT action, row_to_json(a)::text AS row FROM audit_log a WHERE entity_id = $1 ORDER BY id`,
      [user.id],
    );
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['auth.password-reset-requested', 'user.password-reset']),
    );
    for (const entry of audit) expect(entry.row).not.toContain(token);
  });

  it('answers an unknown or disabled address the same, in about the same time, and mails nothing', async () => {
    const known = await registeredEnterpriseUser(api.http);
    const disabled = await createdStaffUser(api.http, organizer, 'judge');
    await api.http
      .patch(`/users/${disabled.id}/status`)
      .set(as(organizer))
      .send({ status: 'disabled' })
      .expect(200);
    const unknown = `nobody-${Date.now()}@example.test`;

    const timed = async (email: string) => {
      const started = Date.now();
      const res = await requestReset(email).expect(202);
      return { body: res.body as unknown, ms: Date.now() - started };
    };
    const answers = [
      await timed(known.account.email),
      await timed(unknown),
      await timed(disabled.account.email),
    ];
    for (const a of answers) {
      expect(a.body).toEqual(ANSWER);
      expect(a.ms).toBeGreaterThanOrEqual(290);
    }
    const spread = Math.max(...answers.map((a) => a.ms)) - Math.min(...answers.map((a) => a.ms));
    expect(spread).toBeLessThan(250);
    expect(await mails(known.account.email)).toHaveLength(1);
    expect(await mails(unknown)).toHaveLength(0);
    expect(await mails(disabled.account.email)).toHaveLength(0);
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.password-reset-requested'
          AND after->>'email' = $1 AND after->>'sent' = 'false'`,
      [unknown],
    );
    expect(n).toBe(1);
  });

  it('keeps older links working until one is used, then every pending one is consumed', async () => {
    const user = await registeredEnterpriseUser(api.http);
    await requestReset(user.account.email).expect(202);
    const first = (await passwordResetToken(api.dataSource, user.account.email)) as string;
    await requestReset(user.account.email).expect(202);
    const second = (await passwordResetToken(api.dataSource, user.account.email)) as string;
    expect(second).not.toBe(first);
    await api.http.get(`/auth/password-reset/${first}`).expect(200);
    await api.http.get(`/auth/password-reset/${second}`).expect(200);

    await confirm(second).expect(200);
    await api.http.get(`/auth/password-reset/${first}`).expect(404);
    await confirm(first, 'the older link tries again').expect(404);
    await loginToken(api.http, user.account.email, NEW_PASSWORD);
  });

  it('refuses an expired link, an unknown one and a malformed one alike', async () => {
    const user = await registeredEnterpriseUser(api.http);
    await requestReset(user.account.email).expect(202);
    const token = (await passwordResetToken(api.dataSource, user.account.email)) as string;
    await api.dataSource.query(
      `UPDATE password_resets SET created_at = now() - interval '31 minutes',
          expires_at = now() - interval '1 minute' WHERE user_id = $1`,
      [user.id],
    );
    for (const t of [token, 'q3W9x1bS0f7Jk2LmN4pR6tV8yA0cE2gI4kM6oQ8sU0w', 'not-a-token']) {
      const res = await api.http.get(`/auth/password-reset/${t}`).expect(404);
      expect(res.body.code).toBe('PASSWORD_RESET_NOT_FOUND');
      await confirm(t).expect(404);
    }
    await loginToken(api.http, user.account.email, user.account.password);
  });

  it('applies the registration policy to the new password, naming the field, and keeps the link', async () => {
    const user = await registeredEnterpriseUser(api.http);
    await requestReset(user.account.email).expect(202);
    const token = (await passwordResetToken(api.dataSource, user.account.email)) as string;
    for (const body of [
      { token, newPassword: 'short' },
      { token, newPassword: 'x'.repeat(201) },
      { token },
    ]) {
      const res = await api.http.post('/auth/password-reset/confirm').send(body).expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(['newPassword']);
    }
    const noToken = await api.http.post('/auth/password-reset/confirm').send({ newPassword: NEW_PASSWORD });
    expect(noToken.status).toBe(400);
    expect(noToken.body.details.map((d: { field: string }) => d.field)).toEqual(['token']);
    const bad = await requestReset('not an email').expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['email']);
    await api.http.get(`/auth/password-reset/${token}`).expect(200);
    await loginToken(api.http, user.account.email, user.account.password);
  });

  it('mails an account at most five resets an hour, and answers every request the same', async () => {
    const user = await registeredEnterpriseUser(api.http);
    for (let i = 0; i < 7; i++)
      expect((await requestReset(user.account.email).expect(202)).body).toEqual(ANSWER);
    expect(await mails(user.account.email)).toHaveLength(5);
    // Nobody is locked out: the owner's own request is answered, and the latest link still works.
    const token = await passwordResetToken(api.dataSource, user.account.email);
    await api.http.get(`/auth/password-reset/${token}`).expect(200);
  });
});

describe('Forgotten password, per client address', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ AUTH_RATE_LIMIT: '3' });
  });
  afterAll(() => api.close());

  it('limits reset requests per client address like login', async () => {
    const stamp = Date.now();
    for (let i = 0; i < 3; i++) {
      await api.http
        .post('/auth/password-reset')
        .send({ email: `a${i}-${stamp}@example.test` })
        .expect(202);
    }
    await api.http
      .post('/auth/password-reset')
      .send({ email: `a9-${stamp}@example.test` })
      .expect(429);
  });
});
