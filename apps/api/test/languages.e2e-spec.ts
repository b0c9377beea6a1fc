import {
  as,
  buildAccount,
  buildCampaign,
  buildEnterprise,
  organizerToken,
  registeredEnterpriseUser,
  TestApi,
} from '@app/testing';
import { startFreshTestApi } from './test-apps';

interface Answer {
  status: number;
  body: Record<string, unknown> & { code: string; message: string; details?: unknown[] };
  headers: Record<string, string>;
}

describe('Languages', () => {
  let api: TestApi;
  let organizer: string;
  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
  });
  afterAll(() => api.close());

  describe('the language preference', () => {
    it('is null until chosen, then set by PATCH /auth/me, shown by GET /auth/me, and audited', async () => {
      const user = await registeredEnterpriseUser(api.http);
      const before = await api.http.get('/auth/me').set(as(user.token)).expect(200);
      expect(before.body.language).toBeNull();

      const changed = await api.http
        .patch('/auth/me')
        .set(as(user.token))
        .send({ language: 'zh', displayName: '  李伟 ' })
        .expect(200);
      expect(changed.body).toMatchObject({ id: before.body.id, language: 'zh', displayName: '李伟' });
      const after = await api.http.get('/auth/me').set(as(user.token)).expect(200);
      expect(after.body).toMatchObject({ language: 'zh', displayName: '李伟' });

      // Only the language: the name stays.
      await api.http.patch('/auth/me').set(as(user.token)).send({ language: 'en' }).expect(200);
      expect((await api.http.get('/auth/me').set(as(user.token))).body).toMatchObject({
        language: 'en',
        displayName: '李伟',
      });

      const audit = await api.http
        .get(`/audit-log?action=user.profile-updated&entityId=${before.body.id}`)
        .set(as(organizer))
        .expect(200);
      expect(audit.body.items).toHaveLength(2);
      expect(audit.body.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            actorId: before.body.id,
            before: { language: null, displayName: before.body.displayName },
            after: { language: 'zh', displayName: '李伟' },
          }),
          expect.objectContaining({ before: { language: 'zh' }, after: { language: 'en' } }),
        ]),
      );
    });

    it('refuses a language it does not speak, null and an empty name, naming the field, changing nothing', async () => {
      const user = await registeredEnterpriseUser(api.http);
      for (const body of [{ language: 'fr' }, { language: null }, { language: 'zh', displayName: '' }]) {
        const res = await api.http.patch('/auth/me').set(as(user.token)).send(body).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
        expect(res.body.details.map((d: { field: string }) => d.field)).toEqual([
          'displayName' in body ? 'displayName' : 'language',
        ]);
      }
      expect((await api.http.get('/auth/me').set(as(user.token))).body.language).toBeNull();
    });

    it('is signed-in only', async () => {
      await api.http.patch('/auth/me').send({ language: 'zh' }).expect(401);
    });
  });

  describe('error messages follow Accept-Language', () => {
    /** The same request in each language: the same status and code, the message in the language asked for. */
    async function inEachLanguage(send: (acceptLanguage: string) => Promise<Answer>) {
      const zh = await send('zh-CN,zh;q=0.9,en;q=0.8');
      const en = await send('en-US,en;q=0.9');
      expect(zh.status).toBe(en.status);
      expect(zh.body.code).toBe(en.body.code);
      expect(zh.headers['content-language']).toBe('zh');
      expect(en.headers['content-language']).toBe('en');
      return { zh: zh.body, en: en.body };
    }

    it('answers a domain error in both languages, field problems too', async () => {
      const account = buildAccount();
      await api.http.post('/auth/register').send(account).expect(201);
      const { zh, en } = await inEachLanguage((language) =>
        api.http.post('/auth/register').set('accept-language', language).send(account),
      );
      expect(en).toMatchObject({
        statusCode: 409,
        code: 'EMAIL_TAKEN',
        message: `An account with email ${account.email} already exists`,
        details: [{ field: 'email', message: 'is already registered' }],
      });
      expect(zh).toMatchObject({
        statusCode: 409,
        code: 'EMAIL_TAKEN',
        message: `电子邮件 ${account.email} 已有账户`,
        details: [{ field: 'email', message: '已被注册' }],
      });
    });

    it('answers a validation error naming the field in both languages, with the constraint’s arguments', async () => {
      const { zh, en } = await inEachLanguage((language) =>
        api.http
          .post('/users')
          .set(as(organizer))
          .set('accept-language', language)
          .send({ ...buildAccount(), role: 'judge', displayName: 'x'.repeat(201), surprise: 1 }),
      );
      expect(en.code).toBe('VALIDATION_FAILED');
      expect(en.details).toEqual(
        expect.arrayContaining([
          { field: 'displayName', message: 'displayName must be shorter than or equal to 200 characters' },
          { field: 'surprise', message: 'property surprise should not exist' },
        ]),
      );
      expect(zh.message).toMatch(/^校验未通过：/);
      expect(zh.details).toEqual(
        expect.arrayContaining([
          { field: 'displayName', message: 'displayName 的长度不能超过 200 个字符' },
          { field: 'surprise', message: '不应有属性 surprise' },
        ]),
      );
    });

    it('answers the problems a domain rule finds in both languages, each naming its field', async () => {
      const campaign = buildCampaign({
        industryCodes: ['telecom', 'no-such-industry'],
        schedule: {
          registrationOpensAt: '2027-02-01T00:00:00Z',
          registrationClosesAt: '2027-01-01T00:00:00Z',
        },
      });
      const { zh, en } = await inEachLanguage((language) =>
        api.http.post('/campaigns').set(as(organizer)).set('accept-language', language).send(campaign),
      );
      expect(en).toMatchObject({ statusCode: 400, code: 'CAMPAIGN_INVALID' });
      expect(en.details).toEqual([
        { field: 'industryCodes', message: 'unknown industry no-such-industry' },
        {
          field: 'schedule.registrationClosesAt',
          message: 'registrationClosesAt must be after registrationOpensAt',
        },
      ]);
      expect(zh.message).toBe('无效：industryCodes、schedule.registrationClosesAt');
      expect(zh.details).toEqual([
        { field: 'industryCodes', message: '未知的行业 no-such-industry' },
        {
          field: 'schedule.registrationClosesAt',
          message: 'registrationClosesAt 必须晚于 registrationOpensAt',
        },
      ]);
    });

    it('explains a bad credit code in Chinese from the code itself', async () => {
      const user = await registeredEnterpriseUser(api.http);
      const res = await api.http
        .post('/enterprises')
        .set(as(user.token))
        .set('accept-language', 'zh')
        .send(buildEnterprise({ creditCode: '91440300708461136' }))
        .expect(400);
      expect(res.body.details).toEqual([{ field: 'creditCode', message: 'creditCode 必须正好 18 个字符' }]);
    });

    it('answers an unknown route and a missing token in both languages', async () => {
      const notFound = await inEachLanguage((language) =>
        api.http.get('/no-such-route').set('accept-language', language),
      );
      expect(notFound.en).toMatchObject({
        statusCode: 404,
        code: 'NOT_FOUND',
        message: 'Cannot GET /no-such-route',
      });
      expect(notFound.zh).toMatchObject({
        statusCode: 404,
        code: 'NOT_FOUND',
        message: '没有 GET /no-such-route 这个路由',
      });

      const anonymous = await inEachLanguage((language) =>
        api.http.get('/auth/me').set('accept-language', language),
      );
      expect(anonymous.en).toMatchObject({ statusCode: 401, message: 'A bearer token is required' });
      expect(anonymous.zh).toMatchObject({ statusCode: 401, message: '需要 Bearer 令牌' });
    });

    it('answers a language it does not speak, and none, in English', async () => {
      for (const language of ['fr', 'fr-FR, de;q=0.9', '*', undefined]) {
        const request = api.http.post('/auth/login');
        if (language) void request.set('accept-language', language);
        const res = await request
          .send({ email: 'nobody@example.org', password: 'not-the-password-1' })
          .expect(401);
        expect(res.headers['content-language']).toBe('en');
        expect(res.body).toMatchObject({
          code: 'INVALID_CREDENTIALS',
          message: 'Email or password is wrong',
        });
      }
    });

    it('honours q-values', async () => {
      const res = await api.http
        .post('/auth/login')
        .set('accept-language', 'en;q=0.3, zh-TW;q=0.7')
        .send({ email: 'nobody@example.org', password: 'not-the-password-1' })
        .expect(401);
      expect(res.body.message).toBe('电子邮件或密码错误');
    });
  });
});
