import type { INestApplicationContext } from '@nestjs/common';
import { DEFAULT_METHODOLOGY } from '@app/surveys';
import {
  as,
  buildCampaign,
  createdStaffUser,
  eventually,
  organizerToken,
  response,
  stopApiAndWorker,
  surveyCampaign,
  SurveyCampaign,
  TestApi,
} from '@app/testing';
import { startFreshApiAndWorker, startFreshTestApi } from './test-apps';

describe('Survey instruments, partner keys and ingestion', () => {
  let api: TestApi;
  let organizer: string;

  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
  });
  afterAll(() => api.close());

  const countResponses = async (campaignId: string) =>
    Number(
      (
        await api.dataSource.query(`SELECT count(*) FROM survey_responses WHERE campaign_id = $1`, [
          campaignId,
        ])
      )[0].count,
    );

  describe('instruments and methodology versions', () => {
    it('serves the default csi-2026.1 instrument, takes the campaign’s own before survey, and freezes it at survey', async () => {
      let campaignId = '';
      const custom = DEFAULT_METHODOLOGY.items.map((item) =>
        item.key === 'SAT3' ? { ...item, weight: 2 } : item,
      );
      await surveyCampaign(api, organizer, {
        industries: ['telecom'],
        beforeSurvey: async (id) => {
          campaignId = id;
          const before = (await api.http.get(`/campaigns/${id}/instrument`).set(as(organizer)).expect(200))
            .body;
          expect(before).toMatchObject({
            methodologyVersion: 'csi-2026.1',
            itemsSource: 'methodology-default',
            frozen: false,
          });
          expect(before.items.map((i: { key: string }) => i.key)).toEqual(
            DEFAULT_METHODOLOGY.items.map((i) => i.key),
          );
          const bad = await api.http
            .put(`/campaigns/${id}/instrument`)
            .set(as(organizer))
            .send({ items: [...custom, { ...custom[0] }] })
            .expect(400);
          expect(bad.body.details).toContainEqual({
            field: 'items.13.key',
            message: 'duplicate item key IMG',
          });
          const saved = (
            await api.http
              .put(`/campaigns/${id}/instrument`)
              .set(as(organizer))
              .send({ items: custom })
              .expect(200)
          ).body;
          expect(saved.itemsSource).toBe('campaign');
        },
      });
      const frozen = (
        await api.http.get(`/campaigns/${campaignId}/instrument`).set(as(organizer)).expect(200)
      ).body;
      expect(frozen).toMatchObject({ itemsSource: 'campaign', frozen: true });
      expect(frozen.items.find((i: { key: string }) => i.key === 'SAT3').weight).toBe(2);
      const refused = await api.http
        .put(`/campaigns/${campaignId}/instrument`)
        .set(as(organizer))
        .send({ items: custom })
        .expect(409);
      expect(refused.body.message).toMatch(/frozen/);
      await api.http.delete(`/campaigns/${campaignId}/instrument`).set(as(organizer)).expect(409);
    });

    it('creates immutable methodology versions and refuses unknown ones in campaign rules', async () => {
      const body = {
        version: 'csi-test.2',
        description: 'stricter speeding',
        items: DEFAULT_METHODOLOGY.items,
        parameters: { ...DEFAULT_METHODOLOGY.parameters, minCompletionShareOfMedian: 0.3 },
      };
      await api.http.post('/methodology-versions').set(as(organizer)).send(body).expect(201);
      const again = await api.http.post('/methodology-versions').set(as(organizer)).send(body).expect(409);
      expect(again.body.details).toEqual([{ field: 'version', message: 'is already used' }]);
      const badParams = await api.http
        .post('/methodology-versions')
        .set(as(organizer))
        .send({ ...body, version: 'csi-test.3', parameters: { ...body.parameters, alpha: 0.9 } })
        .expect(400);
      expect(badParams.body.details).toContainEqual({
        field: 'parameters.alpha',
        message: 'between 0 and 0.5',
      });
      await expect(
        api.dataSource.query(
          `UPDATE methodology_versions SET description = 'x' WHERE version = 'csi-test.2'`,
        ),
      ).rejects.toThrow(/immutable/);
      const unknown = await api.http
        .post('/campaigns')
        .set(as(organizer))
        .send(buildCampaign({ rules: { methodologyVersion: 'csi-nope' } }))
        .expect(400);
      expect(unknown.body.details).toEqual([
        { field: 'rules.methodologyVersion', message: 'unknown methodology version csi-nope' },
      ]);
      await api.http
        .post('/campaigns')
        .set(as(organizer))
        .send(buildCampaign({ rules: { methodologyVersion: 'csi-test.2' } }))
        .expect(201);
    });
  });

  describe('ingestion', () => {
    let c: SurveyCampaign & { pending: { id: string; creditCode: string }[] };
    beforeAll(async () => {
      c = await surveyCampaign(api, organizer, {
        industries: ['telecom', 'finance'],
        pendingIndustries: ['telecom'],
      });
    });

    it('stores one good response, counts a resend as a duplicate, and answers a bad one with 400 naming the fields', async () => {
      const [a] = c.enterprises;
      const first = (
        await api.http
          .post(`/campaigns/${c.id}/responses`)
          .set(as(organizer))
          .send(response(a.id, 'single-1', 8))
          .expect(201)
      ).body;
      expect(first).toMatchObject({
        format: 'single',
        state: expect.stringMatching(/stored|aggregated/),
        progress: 100,
      });
      expect(first.counts).toEqual({ received: 1, accepted: 1, duplicates: 0, rejected: 0 });
      const resend = (
        await api.http
          .post(`/campaigns/${c.id}/responses`)
          .set(as(organizer))
          .send(response(a.id, 'single-1', 3))
          .expect(201)
      ).body;
      expect(resend.counts).toEqual({ received: 1, accepted: 0, duplicates: 1, rejected: 0 });
      const [stored] = await api.dataSource.query(
        `SELECT answers FROM survey_responses WHERE campaign_id = $1 AND respondent_key = 'single-1'`,
        [c.id],
      );
      expect(stored.answers[7]).toBe(8); // SAT1: the first response won

      // Every column survives the binary COPY as sent: an offset time, a non-ASCII key, nulls and booleans.
      const sentAt = new Date(Math.floor(Date.now() / 1000) * 1000 - 7_200_000 + 250);
      const inShanghai = new Date(sentAt.getTime() + 8 * 3_600_000).toISOString().replace('Z', '+08:00');
      const exact = response(a.id, '受访者-7', 9, { LOY1: 9, LOY2: 3 }, { submittedAt: inShanghai });
      delete (exact.answers as Record<string, unknown>).IMG;
      (exact.answers as Record<string, unknown>).CMP = 1;
      await api.http.post(`/campaigns/${c.id}/responses`).set(as(organizer)).send(exact).expect(201);
      const [row] = await api.dataSource.query(
        `SELECT line, industry_code, submitted_at, channel, completion_seconds, answers, score_image, score_satisfaction,
           nps_category, complained, exclusion, flags FROM survey_responses WHERE respondent_key = '受访者-7'`,
      );
      expect(row).toEqual({
        line: 1,
        industry_code: a.industryCode,
        submitted_at: sentAt,
        channel: 'phone',
        completion_seconds: 300,
        answers: [null, 6, 8, 7, 8, 6, 7, 9, 9, 9, 1, 9, 3],
        score_image: null,
        score_satisfaction: 88_888_889,
        nps_category: 0,
        complained: true,
        exclusion: null,
        flags: 0,
      });

      const bad = response(a.id, 'single-2', 8, { LOY1: 8, LOY2: 8 }, { channel: 'pigeon' });
      bad.answers.SAT1 = 11;
      const refused = await api.http
        .post(`/campaigns/${c.id}/responses`)
        .set(as(organizer))
        .send(bad)
        .expect(400);
      expect(refused.body.details).toEqual(
        expect.arrayContaining([
          { field: 'channel', message: expect.stringContaining('must be one of') },
          { field: 'answers.SAT1', message: 'out of scale 1-10' },
        ]),
      );
      expect(await countResponses(c.id)).toBe(2);
    });

    it('takes a JSON batch with mixed rows: exact counts, and each rejection with its position, field and reason', async () => {
      const [a, b] = c.enterprises;
      const outside = response(a.id, 'batch-outside', 8, undefined, { submittedAt: '2020-01-01T00:00:00Z' });
      const unknownItem = response(a.id, 'batch-unknown-item', 8);
      (unknownItem.answers as Record<string, number>).XYZ = 3;
      const malformed = response(b.id, 'batch-malformed', 8);
      (malformed.answers as Record<string, unknown>).QUA1 = 'seven';
      const rows = [
        response(a.id, 'batch-1', 9), // 1
        response(b.id, 'batch-2', 7), // 2
        { ...response(a.id, 'batch-3', 9), enterpriseId: undefined, creditCode: a.creditCode }, // 3: by credit code
        response('5d1c2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', 'batch-4', 8), // 4: unknown enterprise
        response(c.pending[0].id, 'batch-5', 8), // 5: not an approved candidate
        outside, // 6
        unknownItem, // 7
        malformed, // 8
        response(a.id, 'batch-1', 2), // 9: duplicate of row 1 within the batch
        'not an object', // 10
      ];
      const res = (
        await api.http
          .post(`/campaigns/${c.id}/response-batches`)
          .set(as(organizer))
          .send({ responses: rows })
          .expect(201)
      ).body;
      expect(res.counts).toEqual({ received: 10, accepted: 3, duplicates: 1, rejected: 6 });
      expect(res.rejections).toEqual([
        { line: 4, field: 'enterpriseId', reason: 'unknown enterprise' },
        {
          line: 5,
          field: 'enterpriseId',
          reason: 'enterprise is not an approved candidate of a survey category of this campaign',
        },
        {
          line: 6,
          field: 'submittedAt',
          reason: expect.stringContaining('submitted outside the survey window'),
        },
        { line: 7, field: 'answers.XYZ', reason: 'unknown item key' },
        { line: 8, field: 'answers.QUA1', reason: 'malformed value: must be a whole number' },
        { line: 10, field: '(row)', reason: 'malformed row: must be a JSON object' },
      ]);
      expect(await countResponses(c.id)).toBe(5);
      const batchTooBig = await api.http
        .post(`/campaigns/${c.id}/response-batches`)
        .set(as(organizer))
        .send({ responses: Array.from({ length: 10_001 }, () => ({})) })
        .expect(400);
      expect(batchTooBig.body.details[0].field).toBe('responses');
    });

    it('streams a CSV file: counts, rejections downloadable as CSV, and an idempotent resend', async () => {
      const [a, b] = c.enterprises;
      const when = new Date(Date.now() - 7200_000).toISOString();
      const header =
        'creditCode,respondentKey,submittedAt,channel,completionSeconds,IMG,EXP,QUA1,QUA2,QUA3,VAL1,VAL2,SAT1,SAT2,SAT3,CMP,LOY1,LOY2';
      const line = (code: string, key: string, sat: string) =>
        `${code},${key},${when},web,240,7,6,8,7,8,6,7,${sat},${sat},${sat},0,8,9`;
      const csv = [
        header,
        line(a.creditCode, 'csv-1', '8'),
        line(b.creditCode, '"csv-2, quoted"', '6'),
        line(a.creditCode, 'csv-3', '12'), // line 4: out of scale three times
        line('91110000MA00000000', 'csv-4', '8'), // line 5: unknown enterprise
        `${a.creditCode},csv-5,${when},web`, // line 6: too few fields
        line(b.creditCode, 'csv-6', ''), // line 7: no SAT at all: stored, excluded later
      ].join('\r\n');
      const send = () =>
        api.http
          .post(`/campaigns/${c.id}/imports`)
          .set(as(organizer))
          .set('content-type', 'text/csv')
          .send(csv)
          .expect(201);
      const first = (await send()).body;
      expect(first).toMatchObject({ format: 'csv', progress: 100, bytesReceived: Buffer.byteLength(csv) });
      expect(first.counts).toEqual({ received: 6, accepted: 3, duplicates: 0, rejected: 3 });
      expect(first.rejections.map((r: { line: number; field: string }) => [r.line, r.field])).toEqual([
        [4, 'answers.SAT1'],
        [4, 'answers.SAT2'],
        [4, 'answers.SAT3'],
        [5, 'creditCode'],
        [6, '(row)'],
      ]);
      const again = (await send()).body;
      expect(again.counts).toEqual({ received: 6, accepted: 0, duplicates: 3, rejected: 3 });
      expect(await countResponses(c.id)).toBe(8);

      const download = await api.http
        .get(`/campaigns/${c.id}/imports/${first.id}/rejections.csv`)
        .set(as(organizer))
        .expect(200);
      expect(download.headers['content-type']).toMatch(/text\/csv/);
      const lines = download.text.trim().split('\r\n');
      expect(lines[0]).toBe('line,field,reason');
      expect(lines).toHaveLength(6);
      expect(lines[1]).toBe('4,answers.SAT1,out of scale 1-10');

      const unknownColumn = await api.http
        .post(`/campaigns/${c.id}/imports`)
        .set(as(organizer))
        .set('content-type', 'text/csv')
        .send(`${header},MOOD\n`)
        .expect(400);
      expect(unknownColumn.body.details).toContainEqual({
        field: 'MOOD',
        message: expect.stringContaining('unknown column'),
      });
      const runaway = await api.http
        .post(`/campaigns/${c.id}/imports`)
        .set(as(organizer))
        .set('content-type', 'text/csv')
        .send(`${header}\n"${'x'.repeat(1_100_000)}`)
        .expect(400);
      expect(runaway.body.message).toMatch(/line 2 is longer than 1,000,000 characters/);
      await api.http
        .post(`/campaigns/${c.id}/imports`)
        .set(as(organizer))
        .set('content-type', 'application/xml')
        .send('<x/>')
        .expect(415);
    });

    it('keeps every refused row of a file with more of them than one statement writes, in order', async () => {
      const [a] = c.enterprises;
      const when = new Date(Date.now() - 7200_000).toISOString();
      const header = 'creditCode,respondentKey,submittedAt,channel,SAT1,SAT2,SAT3';
      // 21,000 refused rows, a stored one among them and one after: in chunks of 10,000 rows, the problems held
      // pass REJECTIONS_PER_STATEMENT (10,000) in the second chunk, and the third's wait for the import's end.
      const rows: string[] = [header];
      for (let i = 0; i < 21_000; i++) {
        if (i === 5_000) rows.push(`${a.creditCode},many-ok-1,${when},web,8,8,8`);
        rows.push(`${a.creditCode},many-bad-${i},${when},web,8,8,11`);
      }
      rows.push(`${a.creditCode},many-ok-2,${when},web,7,7,7`);
      const res = await api.http
        .post(`/campaigns/${c.id}/imports`)
        .set(as(organizer))
        .set('content-type', 'text/csv')
        .send(rows.join('\n'))
        .expect(201);
      expect(res.body.counts).toEqual({ received: 21_002, accepted: 2, duplicates: 0, rejected: 21_000 });
      const download = await api.http
        .get(`/campaigns/${c.id}/imports/${res.body.id}/rejections.csv`)
        .set(as(organizer))
        .expect(200);
      const lines = download.text.trim().split('\r\n').slice(1);
      // Lines 2 to 5,001, the stored row on 5,002, then 5,003 to 21,002: each once, in the file's order.
      const expected = Array.from({ length: 21_000 }, (_, i) => (i < 5_000 ? i + 2 : i + 3));
      expect(lines.map((l) => Number(l.split(',')[0]))).toEqual(expected);
      expect(new Set(lines.map((l) => l.split(',')[1]))).toEqual(new Set(['answers.SAT3']));
    });

    it('streams NDJSON with a malformed line among good ones', async () => {
      const [a] = c.enterprises;
      const ndjson = [
        JSON.stringify(response(a.id, 'nd-1', 8)),
        '{"broken":',
        '',
        JSON.stringify(response(a.id, 'nd-2', 9)),
      ].join('\n');
      const res = (
        await api.http
          .post(`/campaigns/${c.id}/imports`)
          .set(as(organizer))
          .set('content-type', 'application/x-ndjson')
          .send(ndjson)
          .expect(201)
      ).body;
      expect(res.counts).toEqual({ received: 3, accepted: 2, duplicates: 0, rejected: 1 });
      expect(res.rejections).toEqual([{ line: 2, field: '(row)', reason: 'malformed row: not valid JSON' }]);
      const listed = (await api.http.get(`/campaigns/${c.id}/imports`).set(as(organizer)).expect(200)).body;
      expect(listed.total).toBe(10);
      // The files refused for a runaway record and for their header are recorded as failed; the rest stored.
      const failed = listed.items.filter((i: { state: string }) => i.state === 'failed');
      expect(failed.map((i: { failure: string }) => i.failure)).toEqual([
        expect.stringMatching(/longer than 1,000,000/),
        expect.stringMatching(/header/),
      ]);
    });

    it('shows the progress of a file while it is still arriving', async () => {
      const [a] = c.enterprises;
      const when = new Date(Date.now() - 3600_000).toISOString();
      const part = (from: number) =>
        Array.from(
          { length: 1000 },
          (_, i) => `${a.id},slow-${from + i},${when},web,300,7,6,8,7,8,6,7,8,8,8,0,8,9\n`,
        ).join('');
      const parts = [
        'enterpriseId,respondentKey,submittedAt,channel,completionSeconds,IMG,EXP,QUA1,QUA2,QUA3,VAL1,VAL2,SAT1,SAT2,SAT3,CMP,LOY1,LOY2\n',
        part(0),
        part(1000),
        part(2000),
      ];
      const total = parts.reduce((n, p) => n + Buffer.byteLength(p), 0);
      const server = api.app.getHttpServer();
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as import('node:net').AddressInfo;
      try {
        const { request } = await import('node:http');
        const done = new Promise<{ status: number; body: string }>((resolve, reject) => {
          const req = request(
            {
              host: '127.0.0.1',
              port,
              method: 'POST',
              path: `/campaigns/${c.id}/imports`,
              headers: {
                authorization: `Bearer ${organizer}`,
                'content-type': 'text/csv',
                'content-length': total,
              },
            },
            (res) => {
              let body = '';
              res.on('data', (d: Buffer) => (body += d.toString()));
              res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
            },
          );
          req.on('error', reject);
          void (async () => {
            for (const p of parts) {
              req.write(p);
              await new Promise((r) => setTimeout(r, 700));
            }
            req.end();
          })();
        });
        const seen = await eventually(async () => {
          const list = (await api.http.get(`/campaigns/${c.id}/imports`).set(as(organizer)).expect(200)).body;
          const running = list.items.find((i: { state: string }) => i.state === 'receiving');
          return running && running.progress > 0 ? running : undefined;
        }, 5000);
        expect(seen.progress).toBeLessThan(100);
        expect(seen.bytesExpected).toBe(total);
        expect(seen.counts.received).toBeGreaterThan(0);
        const finished = await done;
        expect(finished.status).toBe(201);
        expect(JSON.parse(finished.body)).toMatchObject({ progress: 100, counts: { accepted: 3000 } });
      } finally {
        await new Promise((r) => server.close(r));
      }
    });

    it('authenticates survey partners with campaign keys, shown once, revocable', async () => {
      const issued = (
        await api.http
          .post(`/campaigns/${c.id}/partner-keys`)
          .set(as(organizer))
          .send({ label: 'Horizon Research' })
          .expect(201)
      ).body;
      expect(issued.secret).toMatch(/^cak_/);
      const listed = (await api.http.get(`/campaigns/${c.id}/partner-keys`).set(as(organizer)).expect(200))
        .body;
      expect(listed).toHaveLength(1);
      expect(JSON.stringify(listed)).not.toContain(issued.secret);
      const [row] = await api.dataSource.query(`SELECT key_hash FROM survey_partner_keys WHERE id = $1`, [
        issued.id,
      ]);
      expect(row.key_hash).not.toContain(issued.secret.slice(4));

      const key = { 'x-api-key': issued.secret };
      const [a] = c.enterprises;
      const sent = (
        await api.http
          .post(`/campaigns/${c.id}/responses`)
          .set(key)
          .send(response(a.id, 'partner-1', 7))
          .expect(201)
      ).body;
      expect(sent.partnerKeyId).toBe(issued.id);
      await api.http.get(`/campaigns/${c.id}/instrument`).set(key).expect(200);
      const own = (await api.http.get(`/campaigns/${c.id}/imports`).set(key).expect(200)).body;
      expect(own.items.map((i: { id: string }) => i.id)).toEqual([sent.id]);

      const other = await surveyCampaign(api, organizer, { industries: [] });
      expect(
        (
          await api.http
            .post(`/campaigns/${other.id}/responses`)
            .set(key)
            .send(response(a.id, 'p', 7))
            .expect(403)
        ).body.message,
      ).toMatch(/another campaign/);
      await api.http.get(`/campaigns/${c.id}/rankings`).set(key).expect(401); // organizer-only routes ignore keys
      await api.http
        .post(`/campaigns/${c.id}/responses`)
        .set({ 'x-api-key': 'cak_wrong' })
        .send(response(a.id, 'p', 7))
        .expect(401);

      await api.http
        .post(`/campaigns/${c.id}/partner-keys/${issued.id}/revoke`)
        .set(as(organizer))
        .expect(200);
      await api.http
        .post(`/campaigns/${c.id}/responses`)
        .set(key)
        .send(response(a.id, 'partner-2', 7))
        .expect(401);
      const audit = await api.dataSource.query(
        `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY occurred_at`,
        [issued.id],
      );
      expect(audit.map((r: { action: string }) => r.action)).toEqual([
        'survey-partner-key.issued',
        'survey-partner-key.revoked',
      ]);
    });

    it('refuses responses when the campaign is not in survey', async () => {
      const judge = await createdStaffUser(api.http, organizer, 'judge');
      const draft = (await api.http.post('/campaigns').set(as(organizer)).send(buildCampaign()).expect(201))
        .body;
      const res = await api.http
        .post(`/campaigns/${draft.id}/responses`)
        .set(as(organizer))
        .send(response(c.enterprises[0].id, 'x', 5))
        .expect(409);
      expect(res.body.message).toMatch(/only while the campaign is in survey/);
      await api.http
        .post(`/campaigns/${c.id}/responses`)
        .set(as(judge.token))
        .send(response(c.enterprises[0].id, 'x', 5))
        .expect(403);
    });
  });
});

describe('Aggregation into rankings', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let organizer: string;
  let c: SurveyCampaign;

  beforeAll(async () => {
    ({ api, worker } = await startFreshApiAndWorker());
    organizer = await organizerToken(api.http);
    // Ranked from 10 valid responses, listed from 5.
    c = await surveyCampaign(api, organizer, {
      industries: ['telecom', 'telecom', 'telecom', 'telecom', 'telecom', 'finance'],
    });
  });
  afterAll(() => stopApiAndWorker({ api, worker }));

  const latest = (industry: string) =>
    api.http.get(`/campaigns/${c.id}/rankings/${industry}`).set(as(organizer));

  it('ranks a hand-built industry with exact figures, shared ranks, co-winners, indicative and unpublished enterprises', async () => {
    const [A, B, C, D, E, F] = c.enterprises.map((e) => e.id);
    const rows: unknown[] = [];
    for (let i = 0; i < 6; i++) {
      // A: six at SAT 10 (score 100) and six at SAT 9 (88.888889); LOY2 10 or 8 -> NPS 50
      rows.push(
        response(A, `a-${i}`, 10, { LOY1: 10, LOY2: 10 }),
        response(A, `a9-${i}`, 9, { LOY1: 10, LOY2: 8 }),
      );
      // B: the same CSI, lower loyalty
      rows.push(
        response(B, `b-${i}`, 10, { LOY1: 8, LOY2: 10 }),
        response(B, `b9-${i}`, 9, { LOY1: 8, LOY2: 8 }),
      );
      // C: far below: SAT 4 (33.333333)
      rows.push(response(C, `c-${i}`, 4), response(C, `c2-${i}`, 4));
    }
    rows.push({ ...response(A, 'a-excluded', 10), answers: { SAT1: 10 } }); // too few SAT items (and too many missing)
    rows.push(response(C, 'c-speeder', 4, undefined, { completionSeconds: 60 })); // < 40 % of the 300 s median
    for (let i = 0; i < 7; i++) rows.push(response(D, `d-${i}`, 7)); // indicative: 5 <= n < 10
    for (let i = 0; i < 3; i++) rows.push(response(E, `e-${i}`, 7)); // unpublished
    rows.push(response(F, 'f-1', 7)); // another industry
    const report = await api.http
      .post(`/campaigns/${c.id}/response-batches`)
      .set(as(organizer))
      .send({ responses: rows })
      .expect(201);
    expect(report.body.counts).toEqual({ received: 49, accepted: 49, duplicates: 0, rejected: 0 });

    const snap = await eventually(async () => {
      const res = await latest('telecom');
      return res.status === 200 && res.body.counts.stored === rows.length - 1 ? res.body : undefined;
    });
    const entry = (id: string) => snap.entries.find((e: { enterpriseId: string }) => e.enterpriseId === id);
    expect(snap).toMatchObject({
      methodologyVersion: 'csi-2026.1',
      source: 'incremental',
      medianCompletionSeconds: 300,
      speedingThresholdSeconds: 120,
    });
    expect(
      snap.entries.map((e: { enterpriseId: string; eligibility: string; rank: number | null }) => [
        e.enterpriseId,
        e.eligibility,
        e.rank,
      ]),
    ).toEqual([
      [A, 'ranked', 1],
      [B, 'ranked', 1],
      [C, 'ranked', 3],
      [D, 'indicative', null],
      [E, 'unpublished', null],
    ]);
    // CSI of A: mean of six 100s and six 88.888889s = 94.4444445; sd = 5.802589 (n - 1 = 11);
    // se = 1.675063; t(0.975, 11) = 2.200985 -> 94.444445 ± 3.686788
    const a = entry(A);
    expect(a.n).toBe(12);
    expect(a.publishedCsi).toBe(94.4);
    expect(a.csi.mean).toBeCloseTo(94.4444445, 6);
    expect(a.csi.sd).toBeCloseTo(5.802589, 5);
    expect(a.csi.low).toBeCloseTo(90.757656, 4);
    expect(a.csi.high).toBeCloseTo(98.131233, 4);
    // NPS of A: 6 promoters, 6 passives: 50; Var = 10^4 (0.5 - 0.25) / 12 = 208.333; 1.96 sqrt(Var) = 28.290163
    expect(a.nps.nps).toBeCloseTo(50, 10);
    expect(a.nps.low).toBeCloseTo(21.709837, 5);
    expect(a.complaintRate).toBe(0);
    expect(a.dataQuality).toMatchObject({
      stored: 13,
      valid: 12,
      excluded: { 'too-few-satisfaction-items': 1, speeding: 0 },
    });
    expect(entry(C)).toMatchObject({
      n: 12,
      publishedCsi: 33.3,
      dataQuality: { stored: 13, valid: 12, excluded: { speeding: 1 } },
    });
    // B equals A: p = 0.5 -> co-winner; C is far below -> not. A leads B on CLI.
    expect(snap.winnerSet).toEqual([A, B]);
    expect(entry(B).winnerSet).toMatchObject({ member: true, p: 0.5 });
    expect(entry(C).winnerSet.member).toBe(false);
    expect(snap.singleWinner).toEqual({ enterpriseId: A, decidedBy: 'cli' });
    expect(entry(D)).toMatchObject({ n: 7, publishedCsi: 66.7, rank: null, winnerSet: null });
    expect(entry(E)).toMatchObject({ n: 3, publishedCsi: null });
    expect(snap.industryAggregate.enterprises).toBe(3);

    const finance = (await latest('finance').expect(200)).body;
    expect(finance.entries.map((e: { enterpriseId: string }) => e.enterpriseId)).toEqual([F]);

    const imports = (await api.http.get(`/campaigns/${c.id}/imports`).set(as(organizer)).expect(200)).body;
    expect(imports.items[0].state).toBe('aggregated');
  });

  it('gives a full recompute exactly the incremental totals and figures', async () => {
    const totals = () =>
      api.dataSource.query(
        `SELECT * FROM response_totals WHERE campaign_id = $1 ORDER BY enterprise_id, completion_seconds`,
        [c.id],
      );
    const before = await totals();
    const incremental = (await latest('telecom').expect(200)).body;
    await api.http.post(`/campaigns/${c.id}/rankings/recompute`).set(as(organizer)).expect(202);
    const recomputed = await eventually(async () => {
      const res = (await latest('telecom')).body;
      return res.source === 'full-recompute' ? res : undefined;
    });
    expect(await totals()).toEqual(before);
    const strip = (s: Record<string, unknown>) => ({
      ...s,
      id: null,
      sequence: null,
      source: null,
      createdAt: null,
    });
    expect(strip(recomputed)).toEqual(strip(incremental));
    const history = (
      await api.http.get(`/campaigns/${c.id}/rankings/telecom/snapshots`).set(as(organizer)).expect(200)
    ).body;
    expect(history[0]).toMatchObject({ id: recomputed.id, source: 'full-recompute' });
    await api.http
      .get(`/campaigns/${c.id}/ranking-snapshots/${incremental.id}`)
      .set(as(organizer))
      .expect(200);
  });

  it('marks an import abandoned by a dead API process as failed, so the client resends', async () => {
    const [{ id }] = await api.dataSource.query(
      `INSERT INTO survey_imports (campaign_id, format, submitted_by, updated_at)
       SELECT $1, 'csv', id, now() - interval '11 minutes' FROM users LIMIT 1 RETURNING id`,
      [c.id],
    );
    const failed = await eventually(async () => {
      const res = (await api.http.get(`/campaigns/${c.id}/imports/${id}`).set(as(organizer)).expect(200))
        .body;
      return res.state === 'failed' ? res : undefined;
    }, 15_000);
    expect(failed.failure).toMatch(/interrupted.*resend/);
  });

  it('shows an enterprise its own figures, rank and percentile only, and the public nothing', async () => {
    const [A, B] = c.enterprises;
    const own = (
      await api.http.get(`/campaigns/${c.id}/enterprises/${A.id}/standing`).set(as(A.ownerToken)).expect(200)
    ).body;
    expect(own).toMatchObject({
      industryCode: 'telecom',
      rankedInIndustry: 3,
      entry: { enterpriseId: A.id, rank: 1, percentile: 50, publishedCsi: 94.4 },
    });
    expect(own.entry.winnerSet).toBeUndefined();
    expect(JSON.stringify(own)).not.toContain(B.id);
    await api.http.get(`/campaigns/${c.id}/enterprises/${B.id}/standing`).set(as(A.ownerToken)).expect(404);
    await api.http.get(`/campaigns/${c.id}/rankings`).set(as(A.ownerToken)).expect(403);
    await api.http.get(`/campaigns/${c.id}/rankings/telecom`).set(as(A.ownerToken)).expect(403);
    await api.http.get(`/campaigns/${c.id}/rankings`).expect(401);
    await api.http.get(`/campaigns/${c.id}/data-quality`).expect(401);

    const quality = (await api.http.get(`/campaigns/${c.id}/data-quality`).set(as(organizer)).expect(200))
      .body;
    expect(quality.ingestion).toMatchObject({ imports: 1, rejected: 0 }); // stored or aggregated ones only
    const telecom = quality.industries.find((i: { industryCode: string }) => i.industryCode === 'telecom');
    expect(telecom.counts.excluded).toEqual({
      'too-few-satisfaction-items': 1,
      'too-many-missing': 0,
      'soft-flags': 0,
      speeding: 1,
    });
    const overview = (await api.http.get(`/campaigns/${c.id}/rankings`).set(as(organizer)).expect(200)).body;
    expect(overview.map((o: { industryCode: string }) => o.industryCode)).toEqual(['finance', 'telecom']);
  });
});
