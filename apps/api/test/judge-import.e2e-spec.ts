import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { as, createdStaffUser, organizerToken, TestApi } from '@app/testing';
import { startFreshTestApi } from './test-apps';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = 'displayName,email,language,title,expertiseIndustries,affiliations';

describe('Judges from a file', () => {
  let api: TestApi;
  let organizer: string;

  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
  });
  afterAll(() => api.close());

  const post = (body: string | Buffer, query = '', type = 'text/csv') =>
    api.http
      .post(`/judges/import${query}`)
      .set(as(organizer))
      .set('content-type', type)
      .send(typeof body === 'string' ? Buffer.from(body) : body);
  const address = () => `judge-${randomUUID().slice(0, 8)}@example.org`;
  const count = async (sql: string) => Number((await api.dataSource.query(sql))[0].n);

  it('saves the profiles of judge accounts and invites the other addresses, their profile waiting for them', async () => {
    const existing = await createdStaffUser(api.http, organizer, 'judge');
    const invited = address();
    const file =
      `${HEADER}\r\n` +
      `${existing.account.displayName},${existing.account.email.toUpperCase()},en,Senior assessor,telecom; finance,` +
      `"Example Telecom Co., Ltd. (employer 2015-2020, 91440300708461136T)"\r\n` +
      `李华,${invited},zh,客户服务评审专家,healthcare,示例银行 (client 2023-)\r\n`;
    const res = await post(file).expect(201);
    expect(res.body).toMatchObject({ dryRun: false, judges: 2 });
    expect(res.body.rows).toEqual([
      expect.objectContaining({ line: 2, judgeId: existing.id, outcome: 'profile-saved' }),
      expect.objectContaining({ line: 3, email: invited, judgeId: null, outcome: 'invited', language: 'zh' }),
    ]);
    expect(res.body.invitations).toEqual([
      { email: invited, role: 'judge', displayName: '李华', language: 'zh' },
    ]);
    const profile = await api.http.get(`/judges/${existing.id}`).set(as(organizer)).expect(200);
    expect(profile.body).toMatchObject({
      title: 'Senior assessor',
      expertiseIndustries: ['telecom', 'finance'],
      affiliations: [
        {
          organisation: 'Example Telecom Co., Ltd.',
          creditCode: '91440300708461136T',
          relation: 'employer',
          fromYear: 2015,
          toYear: 2020,
        },
      ],
    });
    const [audit] = await api.dataSource.query(
      `SELECT after FROM audit_log WHERE action = 'judge.profile-draft-imported' AND after->>'email' = $1`,
      [invited],
    );
    expect(audit.after).toMatchObject({ importId: res.body.importId, displayName: '李华' });

    // The same file again: the live invitation stands (no second mail), the profiles are saved again.
    const again = await post(file).expect(201);
    expect(again.body.invitations).toEqual([]);
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM mail_deliveries WHERE template = 'staff-invitation' AND to_address = $1`,
      [invited],
    );
    expect(n).toBe(1);

    // An organizer's address, even a disabled one, is refused on its line, not as a conflict of the whole file.
    const other = await createdStaffUser(api.http, organizer, 'organizer');
    await api.http
      .patch(`/users/${other.id}/status`)
      .set(as(organizer))
      .send({ status: 'disabled' })
      .expect(200);
    const refused = await post(`${HEADER}\r\nSomeone,${other.account.email},en,,telecom,\r\n`).expect(422);
    expect(refused.body.details).toEqual([
      { field: 'lines[2].email', message: expect.stringContaining('organizer account') },
    ]);

    // When the invited judge's account exists (here made directly, as accepting the invitation will), it reads
    // the imported profile.
    const account = await api.http
      .post('/users')
      .set(as(organizer))
      .send({ email: invited, password: 'a-long-judge-password', displayName: '李华', role: 'judge' })
      .expect(201);
    const waiting = await api.http.get(`/judges/${account.body.id}`).set(as(organizer)).expect(200);
    expect(waiting.body).toMatchObject({
      title: '客户服务评审专家',
      expertiseIndustries: ['healthcare'],
      affiliations: [{ organisation: '示例银行', relation: 'client', fromYear: 2023, toYear: null }],
    });
  });

  it('refuses a file with errors, each by line and field, and applies nothing', async () => {
    const existing = await createdStaffUser(api.http, organizer, 'judge');
    const staff = await createdStaffUser(api.http, organizer, 'organizer');
    const drafts = await count(`SELECT count(*) AS n FROM judge_profile_drafts`);
    const twice = address();
    const file =
      `${HEADER}\r\n` +
      `${existing.account.displayName},${existing.account.email},en,Changed,telecom,\r\n` +
      `,not-an-email,fr,,astrology,Acme (partner 2019-2020)\r\n` +
      `Wang Wei,${twice},,,,"Acme (employer 2020-2018); Beta (client 2999-)"\r\n` +
      `Wang Wei again,${twice},,,,\r\n` +
      `An organizer,${staff.account.email},,,,\r\n`;
    const res = await post(file).expect(422);
    expect(res.body.code).toBe('IMPORT_REFUSED');
    expect(res.body.details.map((d: { field: string }) => d.field)).toEqual([
      'lines[3].displayName',
      'lines[3].email',
      'lines[3].language',
      'lines[3].affiliations',
      'lines[3].expertiseIndustries',
      'lines[4].affiliations',
      'lines[4].affiliations',
      'lines[5].email',
      'lines[6].email',
    ]);
    expect(res.body.details[4].message).toBe('unknown industry astrology');
    expect(res.body.details[7].message).toBe('repeats line 4 of this file');
    expect(res.body.details[8].message).toBe(
      'belongs to an organizer account or invitation; a judge needs an address of their own',
    );
    expect(await count(`SELECT count(*) AS n FROM judge_profile_drafts`)).toBe(drafts);
    const profile = await api.http.get(`/judges/${existing.id}`).set(as(organizer)).expect(200);
    expect(profile.body.title).not.toBe('Changed');
  });

  it('checks without writing on a dry run, reads XLSX, and offers the template', async () => {
    const template = await api.http
      .get('/judges/import-template?format=xlsx')
      .set(as(organizer))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200)
      .expect('content-type', XLSX);
    const drafts = await count(`SELECT count(*) AS n FROM judge_profile_drafts`);
    const dry = await post(template.body as Buffer, '?dryRun=true', XLSX).expect(200);
    expect(dry.body).toMatchObject({ dryRun: true, importId: null, judges: 1, invitations: [] });
    expect(dry.body.rows[0]).toMatchObject({ line: 2, email: 'li.hua@example.org', outcome: 'invited' });
    expect(await count(`SELECT count(*) AS n FROM judge_profile_drafts`)).toBe(drafts);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.body as ArrayBuffer);
    workbook.worksheets[0].getRow(2).getCell(2).value = address();
    await post(Buffer.from(await workbook.xlsx.writeBuffer()), '', XLSX).expect(201);
    expect(await count(`SELECT count(*) AS n FROM judge_profile_drafts`)).toBe(drafts + 1);
    const csv = await api.http.get('/judges/import-template').set(as(organizer)).expect(200);
    expect(csv.text.startsWith(`\uFEFF${HEADER}\r\n李华,li.hua@example.org`)).toBe(true);
  });
});
