import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { Transactions } from '@app/database';
import { MailDeliveryService, MailService } from '@app/mail';
import { JOBS, QUEUES, RoundSchedulePayload } from '@app/queue';
import {
  as,
  buildCampaign,
  eventually,
  linkIn,
  moveCampaign,
  organizerToken,
  panelCampaign,
  pathOf,
  stopApiAndWorker,
  TestApi,
  TestSmtpServer,
  verifiedEnterprise,
} from '@app/testing';
import { startFreshApiAndWorker } from './test-apps';

const PUBLIC_BASE_URL = 'http://awards.test.example';
const MAIL_ENV = {
  PUBLIC_BASE_URL,
  MAIL_ATTEMPTS: '3',
  MAIL_BACKOFF_MS: '100',
  MAIL_SWEEP_MS: '300',
};

interface DeliveryRow {
  id: string;
  state: string;
  attempts: number;
  last_error: string | null;
  sent_at: Date | null;
}

/**
 * Mail through the real queue, worker and an SMTP server in this process: notifications arrive in their
 * reader's language with links that work, a refusing server gets every message once it recovers, a job run
 * twice sends once, and a message whose attempts run out is dead.
 */
describe('Mail delivery', () => {
  let smtp: TestSmtpServer;
  let api: TestApi;
  let worker: INestApplicationContext;
  let organizer: string;
  const saved: Record<string, string | undefined> = {};
  let counter = 0;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    // Both apps read these: the API's job options, the worker's transport, retries and sweep.
    for (const [k, v] of Object.entries({ ...MAIL_ENV, SMTP_URL: smtp.url })) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
    ({ api, worker } = await startFreshApiAndWorker());
    organizer = await organizerToken(api.http);
  });
  afterAll(async () => {
    await stopApiAndWorker({ api, worker });
    await smtp.close();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  const deliveryOf = async (key: string): Promise<DeliveryRow> =>
    (
      await api.dataSource.query(
        `SELECT id, state, attempts, last_error, sent_at FROM mail_deliveries WHERE idempotency_key = $1`,
        [key],
      )
    )[0];

  /**
   * The delivery once the worker has recorded how it ended: the test server has a message a moment before the
   * worker marks it sent, so reading the row right after the arrival would race the worker.
   */
  const settledDelivery = (key: string): Promise<DeliveryRow> =>
    eventually(
      async () => {
        const row = await deliveryOf(key);
        return row.state === 'sent' || row.state === 'dead' ? row : undefined;
      },
      10_000,
      `delivery ${key} settled`,
    );

  /** Records a password-reset message the way a feature does: in a transaction, by MailService.send. */
  const sendOne = async (to: string) => {
    const key = `test:${++counter}:${to}`;
    const mail = api.app.get(MailService);
    await api.app.get(Transactions).run(() =>
      mail.send({
        to,
        template: 'password-reset',
        language: 'en',
        params: { displayName: 'Test', link: mail.link('/health'), expiresAt: new Date().toISOString() },
        idempotencyKey: key,
      }),
    );
    return key;
  };

  it('emails a reminder to each judge in their language, naming the campaign, with a link that works', async () => {
    const setup = await panelCampaign(api, organizer, { industries: ['telecom'], judges: 2 });
    const [english, chinese] = setup.judges;
    await api.dataSource.query(`UPDATE users SET language = 'en' WHERE id = $1`, [english.id]);
    const emails = new Map<string, string>(
      (
        await api.dataSource.query(`SELECT id, email FROM users WHERE id = ANY($1)`, [
          [english.id, chinese.id],
        ])
      ).map((r: { id: string; email: string }) => [r.id, r.email]),
    );
    const campaign = (await api.http.get(`/campaigns/${setup.campaignId}`).set(as(organizer)).expect(200))
      .body;
    expect(campaign.language).toBe('zh');
    await moveCampaign(api, organizer, setup.campaignId, 'survey', 'judging');
    const round = (
      await api.http
        .post(`/campaigns/${setup.campaignId}/rounds`)
        .set(as(organizer))
        .send({
          categoryId: setup.categoryId,
          name: 'Final panel',
          stageType: 'final-panel',
          rubricId: setup.rubricId,
          rubricVersion: 1,
          judgesPerEntrant: 2,
          closesAt: new Date(Date.now() + 3 * 24 * 3600_000).toISOString(),
        })
        .expect(201)
    ).body;
    await api.http
      .put(`/rounds/${round.id}/panel`)
      .set(as(organizer))
      .send({ judges: [{ judgeId: english.id }, { judgeId: chinese.id }] })
      .expect(200);
    await api.http
      .post(`/rounds/${round.id}/assignments/automatic`)
      .set(as(organizer))
      .send({ seed: 1 })
      .expect(201);
    await api.http
      .post(`/rounds/${round.id}/transitions`)
      .set(as(organizer))
      .send({ to: 'open' })
      .expect(200);

    const queue = worker.get<Queue<RoundSchedulePayload>>(getQueueToken(QUEUES.judgingSchedule));
    await queue.add(JOBS.roundReminder, { roundId: round.id, scheduledFor: new Date().toISOString() });

    // Each judge was told of the assignment when the panel was set, and now of the sheets owed.
    const reminderOf = async (judgeId: string) => {
      const mails = await smtp.waitFor(emails.get(judgeId) as string, 2);
      expect(mails).toHaveLength(2);
      return [
        mails.find((m) => m.subject.includes('Final panel') && /sheet|评分表/.test(m.subject)),
        mails,
      ] as const;
    };
    const [en, enMails] = await reminderOf(english.id);
    const [zh, zhMails] = await reminderOf(chinese.id);
    if (!en || !zh) throw new Error('no reminder');
    expect(enMails.map((m) => m.subject)).toContain(`${campaign.name}: you are a judge in Final panel`);
    expect(zhMails.map((m) => m.subject)).toContain(`${campaign.name}：您已被指派为“Final panel”的评委`);
    expect(en.language).toBe('en');
    expect(en.subject).toContain(campaign.name);
    expect(en.subject).toMatch(/score sheet/);
    expect(en.text).toContain(`Hello ${english.name}`);
    expect(zh.language).toBe('zh-CN');
    expect(zh.subject).toContain(campaign.name);
    expect(zh.subject).toContain('评分表');
    expect(zh.text).toContain('北京时间');
    expect(zh.html).toContain('lang="zh-CN"');

    // The link is absolute at PUBLIC_BASE_URL, and its path is the judge's workload in the API.
    const link = linkIn(en.text, PUBLIC_BASE_URL);
    expect(en.html).toContain(`href="${link}"`);
    const workload = await api.http.get(pathOf(link)).set(as(english.token)).expect(200);
    expect(workload.body.length).toBeGreaterThan(0);

    // The inbox says the same, in the reader's language.
    const inbox = (await api.http.get('/notifications').set(as(chinese.token)).expect(200)).body;
    expect(inbox.map((n: { kind: string; subject: string }) => [n.kind, n.subject])).toEqual([
      ['judging-reminder', zh.subject],
      ['judge-assigned', expect.stringContaining('评委')],
    ]);
    // Each recorded sent once the worker is done with it (the server has a message a moment before).
    const rows = await eventually(
      async () => {
        const found: { state: string; sent_at: Date | null }[] = await api.dataSource.query(
          `SELECT state, sent_at FROM mail_deliveries WHERE template IN ('judging-reminder', 'judge-assigned')`,
        );
        return found.every((r) => r.state === 'sent') ? found : undefined;
      },
      10_000,
      'the reminders recorded sent',
    );
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.sent_at !== null)).toBe(true);
  });

  it('tells an enterprise’s members of decisions on it, with the reviewer’s reason escaped in HTML', async () => {
    const { owner, enterprise } = await verifiedEnterprise(api.http, organizer, 'telecom');
    const ownerEmail = owner.account.email.toLowerCase();
    // A self-registered owner was asked to confirm the address first; then told of the verification.
    const first = await smtp.waitFor(ownerEmail, 2);
    expect(first.map((m) => m.template).sort()).toEqual(['email-verification', 'enterprise-verified']);
    const [verified] = first.filter((m) => m.template === 'enterprise-verified');
    // No language chosen and no campaign: Chinese.
    expect(verified.language).toBe('zh-CN');
    expect(verified.subject).toContain('已通过 Care Awards 认证');
    const link = linkIn(verified.text, PUBLIC_BASE_URL);
    expect(pathOf(link)).toBe(`/enterprises/${enterprise.id}`);
    await api.http.get(pathOf(link)).set(as(owner.token)).expect(200);

    // In English once the owner says so; a rejected candidacy carries its reason.
    await api.dataSource.query(`UPDATE users SET language = 'en' WHERE id = $1`, [owner.id]);
    const campaign = (await api.http.post('/campaigns').set(as(organizer)).send(buildCampaign()).expect(201))
      .body;
    await moveCampaign(api, organizer, campaign.id, 'registration');
    const candidacy = (
      await api.http
        .post(`/campaigns/${campaign.id}/candidacies`)
        .set(as(owner.token))
        .send({ enterpriseId: enterprise.id, categoryId: campaign.categories[0].id })
        .expect(201)
    ).body;
    await api.http
      .post(`/candidacies/${candidacy.id}/decision`)
      .set(as(organizer))
      .send({ decision: 'rejected', reason: 'Scan <unreadable> & late' })
      .expect(200);
    const mails = await smtp.waitFor(ownerEmail, 3);
    const rejected = mails.find((m) => m.template === 'candidacy-rejected');
    expect(rejected?.subject).toBe(
      `${campaign.name}: candidacy of ${enterprise.legalName as string} rejected`,
    );
    expect(rejected?.language).toBe('en');
    expect(rejected?.text).toContain('Reason: Scan <unreadable> & late');
    expect(rejected?.html).toContain('Scan &lt;unreadable&gt; &amp; late');
    expect(rejected?.text).toContain('Customer Care Benchmark Enterprise');
    const listing = linkIn(rejected?.text ?? '', PUBLIC_BASE_URL);
    await api.http.get(pathOf(listing)).set(as(owner.token)).expect(200);
  });

  it('delivers every message exactly once after the server refused, then recovered', async () => {
    // The refusals are for these three: nothing else may still be on its way to the server.
    await eventually(
      async () =>
        Number(
          (
            await api.dataSource.query(
              `SELECT count(*) AS n FROM mail_deliveries WHERE state IN ('queued', 'sending')`,
            )
          )[0].n,
        ) === 0 || undefined,
      20_000,
      'earlier mail settled',
    );
    smtp.refuse(451, 4);
    const addresses = ['a@refused.test', 'b@refused.test', 'c@refused.test'];
    const keys = await Promise.all(addresses.map((a) => sendOne(a)));
    for (const a of addresses) await smtp.waitFor(a);
    const rows = await Promise.all(keys.map((k) => settledDelivery(k)));
    expect(rows.map((r) => r.state)).toEqual(['sent', 'sent', 'sent']);
    expect(rows.reduce((n, r) => n + r.attempts, 0)).toBe(3 + 4);
    expect(rows.some((r) => r.last_error === null)).toBe(true);
    // Nothing arrives twice, however the retries went: let the sweep run a few times, then count.
    await new Promise((r) => setTimeout(r, 1000));
    for (const a of addresses) expect(smtp.to(a)).toHaveLength(1);
    const ids = new Set(smtp.messages.map((m) => m.messageId));
    expect(ids.size).toBe(smtp.messages.length);
  });

  it('sends once when a message’s job runs twice, or two runs race for it', async () => {
    const key = await sendOne('twice@example.test');
    const [first] = await smtp.waitFor('twice@example.test');
    const row = await deliveryOf(key);
    expect(first.messageId).toBe(`<${row.id}@care-awards.local>`);

    // The same message asked for again, by a job of another id and by the delivery itself, sends nothing.
    const queue = worker.get<Queue>(getQueueToken(QUEUES.mail));
    const again = await queue.add(JOBS.deliverMail, { deliveryId: row.id }, { jobId: `again-${row.id}` });
    await eventually(async () => ((await again.isCompleted()) ? true : undefined), 10_000, 'the second job');
    expect(await worker.get(MailDeliveryService).deliver(row.id)).toEqual({ kind: 'skipped', state: 'sent' });

    // Two runs at once for a fresh message: one claims it, the other finds it taken.
    await api.dataSource.query(
      `INSERT INTO mail_deliveries (idempotency_key, to_address, template, language, params)
       VALUES ('race', 'race@example.test', 'email-verification', 'zh', $1)`,
      [JSON.stringify({ displayName: '测试', link: `${PUBLIC_BASE_URL}/health` })],
    );
    const raced = await deliveryOf('race');
    const outcomes = await Promise.all([
      worker.get(MailDeliveryService).deliver(raced.id),
      worker.get(MailDeliveryService).deliver(raced.id),
    ]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['sent', 'skipped']);
    // And the sweep, which finds no queued row for it, adds nothing that would send it again.
    await new Promise((r) => setTimeout(r, 1000));
    expect(smtp.to('twice@example.test')).toHaveLength(1);
    expect(smtp.to('race@example.test')).toHaveLength(1);
    expect(smtp.to('race@example.test')[0].subject).toContain('邮箱');
  });

  it('never sends again a message whose worker died mid-send; the sweep marks it dead with why', async () => {
    // As a worker leaves it when killed after the server took the message but before recording that.
    await api.dataSource.query(
      `INSERT INTO mail_deliveries (idempotency_key, to_address, template, language, params, state, attempts, claimed_at)
       VALUES ('died', 'died@example.test', 'email-verification', 'en', $1, 'sending', 1, now() - interval '10 minutes')`,
      [JSON.stringify({ displayName: 'Died', link: `${PUBLIC_BASE_URL}/health` })],
    );
    const row = await deliveryOf('died');
    // Its job, run again after the lock expired, finds the message claimed and sends nothing.
    const queue = worker.get<Queue>(getQueueToken(QUEUES.mail));
    const rerun = await queue.add(JOBS.deliverMail, { deliveryId: row.id }, { jobId: row.id });
    await eventually(async () => ((await rerun.isCompleted()) ? true : undefined), 10_000, 'the re-run');
    const dead = await eventually(
      async () => {
        const r = await deliveryOf('died');
        return r.state === 'dead' ? r : undefined;
      },
      10_000,
      'the abandoned claim marked dead',
    );
    expect(dead.last_error).toContain('stopped while sending');
    expect(dead.attempts).toBe(1);
    expect(smtp.to('died@example.test')).toHaveLength(0);
  });

  it('delivers a queued message whose job was lost, from the sweep', async () => {
    // Recorded without a job, as when Redis restarted empty after the commit.
    await api.dataSource.query(
      `INSERT INTO mail_deliveries (idempotency_key, to_address, template, language, params)
       VALUES ('lost-job', 'lost@example.test', 'email-verification', 'en', $1)`,
      [JSON.stringify({ displayName: 'Lost', link: `${PUBLIC_BASE_URL}/health` })],
    );
    const [mail] = await smtp.waitFor('lost@example.test');
    expect(mail.subject).toBe('Confirm your email address for Care Awards');
    expect((await settledDelivery('lost-job')).state).toBe('sent');
  });

  it('takes a sent invitation’s link (its token) out of the record an hour after sending', async () => {
    await api.dataSource.query(
      `INSERT INTO mail_deliveries (idempotency_key, to_address, template, language, params)
       VALUES ('credential-link', 'invitee@example.test', 'email-verification', 'en', $1)`,
      [
        JSON.stringify({
          displayName: 'Invitee',
          link: `${PUBLIC_BASE_URL}/account/verify-email?token=secret`,
        }),
      ],
    );
    const [mail] = await smtp.waitFor('invitee@example.test');
    expect(mail.text).toContain('token=secret');
    expect((await settledDelivery('credential-link')).state).toBe('sent');
    // Fresh, it keeps its link; sent more than an hour ago, the next sweep clears it and leaves the rest.
    await api.dataSource.query(
      `UPDATE mail_deliveries SET sent_at = now() - interval '61 minutes' WHERE idempotency_key = 'credential-link'`,
    );
    const cleared = await eventually(
      async () => {
        const [row]: { params: Record<string, string> }[] = await api.dataSource.query(
          `SELECT params FROM mail_deliveries WHERE idempotency_key = 'credential-link'`,
        );
        return row.params.link === undefined ? row.params : undefined;
      },
      10_000,
      'the link cleared by the sweep',
    );
    expect(cleared).toEqual({ displayName: 'Invitee' });
  });

  it('marks a message dead when its attempts run out, and at once when the server says never', async () => {
    smtp.refuse(421, 3);
    const key = await sendOne('busy@example.test');
    const dead = await eventually(
      async () => {
        const row = await deliveryOf(key);
        return row.state === 'dead' ? row : undefined;
      },
      20_000,
      'the dead delivery',
    );
    expect(dead).toMatchObject({ attempts: 3, sent_at: null });
    expect(dead.last_error).toMatch(/^421 /);
    const queue = worker.get<Queue>(getQueueToken(QUEUES.mail));
    const job = await queue.getJob(dead.id);
    expect(await job?.getState()).toBe('failed');
    expect(smtp.to('busy@example.test')).toHaveLength(0);

    smtp.refuse(550, 1);
    const never = await sendOne('nobody@example.test');
    const row = await eventually(
      async () => {
        const r = await deliveryOf(never);
        return r.state === 'dead' ? r : undefined;
      },
      20_000,
      'the refused delivery',
    );
    expect(row.attempts).toBe(1);
    expect(row.last_error).toMatch(/^550 /);
  });
});
