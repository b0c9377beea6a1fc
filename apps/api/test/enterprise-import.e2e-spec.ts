import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { as, buildCampaign, buildEnterprise, organizerToken, randomCreditCode, TestApi } from '@app/testing';
import { startFreshTestApi } from './test-apps';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = [
  'legalNameZh',
  'legalName',
  'creditCode',
  'industryCode',
  'organizationType',
  'businessTypes',
  'region',
  'seats',
  'annualRevenue',
  'contactName',
  'contactEmail',
  'contactPhone',
  'contactLanguage',
  'categories',
];

type Row = Record<string, string>;

function row(overrides: Row = {}): Row {
  const e = buildEnterprise();
  return {
    legalNameZh: e.legalNameZh as string,
    legalName: e.legalName,
    creditCode: e.creditCode,
    industryCode: 'telecom',
    organizationType: 'in-house',
    businessTypes: 'customer-service; technical-support',
    region: '广东省深圳市',
    seats: '320',
    annualRevenue: '880000000.00',
    contactName: '王芳',
    contactEmail: e.contactEmail,
    contactPhone: '+86 755 1234 5678',
    contactLanguage: 'zh',
    categories: '',
    ...overrides,
  };
}

const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (rows: Row[], header = HEADER) =>
  [header, ...rows.map((r) => header.map((h) => r[h] ?? ''))].map((l) => l.map(cell).join(',')).join('\r\n') +
  '\r\n';

async function xlsx(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('enterprises');
  sheet.addRow(HEADER);
  for (const r of rows) sheet.addRow(HEADER.map((h) => r[h] ?? ''));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const binary = (res: Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('Enterprise import and export', () => {
  let api: TestApi;
  let organizer: string;

  beforeAll(async () => {
    api = await startFreshTestApi();
    organizer = await organizerToken(api.http);
  });
  afterAll(() => api.close());

  const post = (body: string | Buffer, query = '', type = 'text/csv') =>
    api.http
      .post(`/enterprises/import${query}`)
      .set(as(organizer))
      .set('content-type', type)
      .send(typeof body === 'string' ? Buffer.from(body) : body);
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await api.dataSource.query(sql, params))[0].n);

  async function openCampaign() {
    const c = (await api.http.post('/campaigns').set(as(organizer)).send(buildCampaign()).expect(201)).body;
    await api.http
      .post(`/campaigns/${c.id}/transitions`)
      .set(as(organizer))
      .send({ to: 'registration' })
      .expect(200);
    return c as { id: string; categories: { id: string; name: string; nameZh: string }[] };
  }

  it('offers the template as CSV (with a byte-order mark) and XLSX', async () => {
    const text = await api.http
      .get('/enterprises/import-template?format=csv')
      .set(as(organizer))
      .expect(200)
      .expect('content-type', /text\/csv/);
    expect(text.text.startsWith('\uFEFFlegalNameZh,legalName,creditCode')).toBe(true);
    expect(text.text.trim().split('\r\n')).toHaveLength(2);
    const file = await api.http
      .get('/enterprises/import-template?format=xlsx')
      .set(as(organizer))
      .buffer(true)
      .parse(binary)
      .expect(200)
      .expect('content-type', XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADER]);
    expect(sheet.getRow(2).getCell(3).value).toBe('91440300708461136T');
    // The template's example line passes every check but the category (no campaign given).
    const dry = await post(text.text, '?dryRun=true').expect(422);
    expect(dry.body.details).toEqual([{ field: 'lines[2].categories', message: expect.any(String) }]);
  });

  it('imports a CSV with candidacies in one go: verified, approved, audited, contacts invited, no accounts', async () => {
    const c = await openCampaign();
    const users = await count(`SELECT count(*) AS n FROM users`);
    const rows = [
      row({ categories: c.categories[0].name }),
      row({ industryCode: 'finance', categories: `${c.categories[0].nameZh}; ${c.categories[1].id}` }),
      row({ contactLanguage: 'en' }),
    ];
    const res = await post(csv(rows), `?campaignId=${c.id}`).expect(201);
    expect(res.body).toMatchObject({ dryRun: false, campaignId: c.id, enterprises: 3, candidacies: 3 });
    expect(res.body.rows.map((r: { line: number }) => r.line)).toEqual([2, 3, 4]);
    expect(res.body.contacts).toEqual(
      rows.map((r, i) => ({
        enterpriseId: res.body.rows[i].enterpriseId,
        email: r.contactEmail,
        language: r.contactLanguage,
      })),
    );
    const ids = res.body.rows.map((r: { enterpriseId: string }) => r.enterpriseId);
    const stored = await api.dataSource.query(
      `SELECT status, reviewed_by IS NOT NULL AS reviewed, business_types, region FROM enterprises WHERE id = ANY($1)`,
      [ids],
    );
    expect(stored).toHaveLength(3);
    for (const e of stored)
      expect(e).toMatchObject({
        status: 'verified',
        reviewed: true,
        business_types: ['customer-service', 'technical-support'],
        region: '广东省深圳市',
      });
    expect(
      await count(`SELECT count(*) AS n FROM enterprise_identity_versions WHERE enterprise_id = ANY($1)`, [
        ids,
      ]),
    ).toBe(3);
    const candidacies = await api.dataSource.query(
      `SELECT enterprise_id, category_id, state FROM candidacies WHERE campaign_id = $1 ORDER BY created_at`,
      [c.id],
    );
    expect(candidacies).toHaveLength(3);
    expect(candidacies.every((x: { state: string }) => x.state === 'approved')).toBe(true);
    expect(await count(`SELECT count(*) AS n FROM users`)).toBe(users);
    const audit = await api.dataSource.query(
      `SELECT action, after FROM audit_log WHERE after->>'importId' = $1 ORDER BY action`,
      [res.body.importId],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'candidacy.imported',
      'candidacy.imported',
      'candidacy.imported',
      'enterprise.imported',
      'enterprise.imported',
      'enterprise.imported',
    ]);
    expect(audit[3].after).toMatchObject({ status: 'verified', verifiedBy: 'the importing organizer' });
    // The organizer sees them as any verified enterprise.
    const one = await api.http.get(`/enterprises/${ids[0]}`).set(as(organizer)).expect(200);
    expect(one.body).toMatchObject({ status: 'verified', creditCode: rows[0].creditCode });
  });

  it('imports an XLSX file', async () => {
    const rows = [row(), row({ legalNameZh: '', contactPhone: '', annualRevenue: '' })];
    const res = await post(await xlsx(rows), '', XLSX).expect(201);
    expect(res.body).toMatchObject({ enterprises: 2, candidacies: 0 });
    const stored = await api.dataSource.query(
      `SELECT legal_name_zh, contact_phone, annual_revenue FROM enterprises WHERE credit_code = $1`,
      [rows[1].creditCode],
    );
    expect(stored).toEqual([{ legal_name_zh: null, contact_phone: null, annual_revenue: null }]);
  });

  it('refuses a file with errors, naming every problem by line and field, and writes nothing', async () => {
    const c = await openCampaign();
    const enterprises = await count(`SELECT count(*) AS n FROM enterprises`);
    const audit = await count(`SELECT count(*) AS n FROM audit_log`);
    const good = row();
    const code = randomCreditCode();
    const wrongCheck = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    const rows = [
      good,
      row({ creditCode: wrongCheck, seats: 'many', contactEmail: 'not-an-email' }),
      row({ industryCode: 'space-travel', businessTypes: 'customer-service; telepathy', legalName: '' }),
      row({ creditCode: good.creditCode.toLowerCase(), contactEmail: good.contactEmail.toUpperCase() }),
      row({ categories: 'No Such Award', contactLanguage: 'fr' }),
      row({ industryCode: 'healthcare', categories: c.categories[0].name }),
    ];
    const res = await post(csv(rows), `?campaignId=${c.id}`).expect(422);
    expect(res.body.code).toBe('IMPORT_REFUSED');
    expect(res.body.message).toContain('nothing was imported');
    const fields = res.body.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual(
      [
        'lines[3].creditCode',
        'lines[3].seats',
        'lines[3].contactEmail',
        'lines[4].industryCode',
        'lines[4].businessTypes',
        'lines[4].legalName',
        'lines[5].creditCode',
        'lines[5].contactEmail',
        'lines[6].categories',
        'lines[6].contactLanguage',
        'lines[7].categories',
      ].sort(),
    );
    const byField = Object.fromEntries(
      res.body.details.map((d: { field: string; message: string }) => [d.field, d.message]),
    );
    expect(byField['lines[3].creditCode']).toMatch(/check character/);
    expect(byField['lines[4].businessTypes']).toBe('unknown business type telepathy');
    expect(byField['lines[5].creditCode']).toBe('repeats line 2 of this file');
    expect(byField['lines[7].categories']).toMatch(/not in this campaign's scope/);
    expect(await count(`SELECT count(*) AS n FROM enterprises`)).toBe(enterprises);
    expect(await count(`SELECT count(*) AS n FROM audit_log`)).toBe(audit);
  });

  it('refuses credit codes and contact emails that registered enterprises hold', async () => {
    const first = row();
    await post(csv([first])).expect(201);
    const res = await post(
      csv([row({ creditCode: first.creditCode }), row(), row({ contactEmail: first.contactEmail })]),
    ).expect(422);
    expect(res.body.details).toEqual([
      { field: 'lines[2].creditCode', message: `is already registered (${first.legalName})` },
      { field: 'lines[4].contactEmail', message: 'is already the contact of a registered enterprise' },
    ]);
  });

  it('refuses a header with unknown or missing columns, and a file that is not CSV or XLSX', async () => {
    const res = await post('legalName,creditCode,shoeSize\r\nA,B,42\r\n').expect(422);
    const fields = res.body.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['lines[1].shoeSize', 'lines[1].industryCode']));
    await post('{}', '', 'application/json').expect(415);
    await post(Buffer.from('not a zip'), '', XLSX).expect(422);
    await post(csv([row()]), '?dryRun=maybe').expect(400);
  });

  it('checks without writing on a dry run', async () => {
    const rows = [row(), row()];
    const enterprises = await count(`SELECT count(*) AS n FROM enterprises`);
    const res = await post(csv(rows), '?dryRun=true').expect(200);
    expect(res.body).toMatchObject({ dryRun: true, importId: null, enterprises: 2, contacts: [] });
    expect(res.body.rows[0]).toMatchObject({ line: 2, enterpriseId: null, candidacyIds: null });
    expect(await count(`SELECT count(*) AS n FROM enterprises`)).toBe(enterprises);
    await post(csv(rows)).expect(201);
  });

  it('exports in the import’s shape, and the export re-imports to the same export (CSV and XLSX)', async () => {
    const c = await openCampaign();
    const rows = [
      row({
        categories: c.categories[0].name,
        contactPhone: '+86 10 8888 0000',
        legalName: '=HYPERLINK("x")',
      }),
      row({ industryCode: 'finance', categories: `${c.categories[0].name}; ${c.categories[1].name}` }),
    ];
    await post(csv(rows), `?campaignId=${c.id}`).expect(201);
    const exported = await api.http
      .get(`/enterprises/export?format=csv&campaignId=${c.id}`)
      .set(as(organizer))
      .expect(200)
      .expect('content-type', /text\/csv/);
    expect(exported.text.charCodeAt(0)).toBe(0xfeff);
    expect(exported.text).toContain(c.categories[0].name);
    const xlsxExport = await api.http
      .get(`/enterprises/export?format=xlsx&campaignId=${c.id}`)
      .set(as(organizer))
      .buffer(true)
      .parse(binary)
      .expect(200);

    // Empty the platform's enterprises, then import the export back: the same enterprises, the same export.
    await api.dataSource.query(`TRUNCATE enterprises, candidacies, enterprise_identity_versions CASCADE`);
    await post(exported.text, `?campaignId=${c.id}`).expect(201);
    const again = await api.http
      .get(`/enterprises/export?format=csv&campaignId=${c.id}`)
      .set(as(organizer))
      .expect(200);
    expect(again.text).toBe(exported.text);

    await api.dataSource.query(`TRUNCATE enterprises, candidacies, enterprise_identity_versions CASCADE`);
    const fromXlsx = await post(xlsxExport.body as Buffer, `?campaignId=${c.id}`, XLSX).expect(201);
    expect(fromXlsx.body).toMatchObject({ enterprises: 2, candidacies: 3 });
    const third = await api.http
      .get(`/enterprises/export?format=csv&campaignId=${c.id}`)
      .set(as(organizer))
      .expect(200);
    expect(third.text).toBe(exported.text);
  });

  it('is for organizers only', async () => {
    await api.http.post('/enterprises/import').set('content-type', 'text/csv').send('x').expect(401);
  });
});
