/**
 * Bulk onboarding benchmark: 600 enterprises with their candidacies (720: every fifth enters a second category)
 * imported from one CSV file through `POST /enterprises/import`, the compiled API in its own process, at least
 * three runs (median, min, max). Each run's file is new (credit codes are unique in the platform) and realistic:
 * Chinese and English names, twelve industries, lists of business types. A second file of the same size with
 * duplicates (within the file and against the database) and malformed rows is refused with every problem, and
 * nothing is written. The floor, in the same run: the same CSV bytes parsed and the same rows inserted by a bare
 * multi-row INSERT (`unnest`) into copies of the two tables, no checks, no audit, no HTTP. Also one XLSX import
 * of the same size. Writes bench/results/onboarding.json.
 */
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { creditCode, DEMO_INDUSTRIES, seededRandom } from '../tools/demo/demo-data';
import { EnterpriseFileRow, enterprisesCsv, postFile } from '../tools/demo/onboarding-files';
import { log, ORGANIZER, runBenchmark, timed, writeResult } from './support';

const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 600);
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const TARGET_SECONDS = 5;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const CITIES: [string, string, string][] = [
  ['上海', 'Shanghai', 'Shanghai'],
  ['深圳', 'Shenzhen', 'Guangdong, Shenzhen'],
  ['广州', 'Guangzhou', 'Guangdong, Guangzhou'],
  ['北京', 'Beijing', 'Beijing'],
  ['杭州', 'Hangzhou', 'Zhejiang, Hangzhou'],
  ['南京', 'Nanjing', 'Jiangsu, Nanjing'],
  ['成都', 'Chengdu', 'Sichuan, Chengdu'],
  ['武汉', 'Wuhan', 'Hubei, Wuhan'],
];
const NAMES: [string, string][] = [
  ['华信', 'Huaxin'],
  ['中联', 'Zhonglian'],
  ['金桥', 'Jinqiao'],
  ['远航', 'Yuanhang'],
  ['恒通', 'Hengtong'],
  ['瑞丰', 'Ruifeng'],
  ['东方', 'Dongfang'],
  ['星海', 'Xinghai'],
];
const TRADES: Record<string, [string, string]> = {
  'it-services': ['信息技术', 'Information Technology'],
  telecom: ['电信', 'Telecom'],
  'electric-power': ['供电', 'Power Supply'],
  finance: ['银行', 'Bank'],
  consumer: ['家电', 'Home Appliances'],
  government: ['政务热线', 'Public Service Hotline'],
  healthcare: ['健康服务', 'Health Services'],
  postal: ['快递物流', 'Express Logistics'],
  transportation: ['航空', 'Airlines'],
  tourism: ['旅游服务', 'Travel Services'],
  manufacturing: ['汽车制造', 'Motor Manufacturing'],
  outsourcing: ['客户联络服务', 'Customer Contact Services'],
};
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄'];
const GIVEN = ['敏', '伟', '芳', '静', '磊', '洋', '婷', '强'];
const BUSINESS = ['customer-service', 'billing-collections', 'e-commerce', 'telesales', 'technical-support'];

/** `count` realistic enterprises; every fifth enters the panel category too. */
function enterprises(count: number, salt: string, seed: number): EnterpriseFileRow[] {
  const rand = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const industry = DEMO_INDUSTRIES[i % DEMO_INDUSTRIES.length];
    const [cityZh, city, region] = CITIES[Math.floor(rand() * CITIES.length)];
    const [nameZh, name] = NAMES[Math.floor(rand() * NAMES.length)];
    const [tradeZh, trade] = TRADES[industry];
    const person = SURNAMES[Math.floor(rand() * SURNAMES.length)] + GIVEN[Math.floor(rand() * GIVEN.length)];
    return {
      legalNameZh: `${cityZh}${nameZh}${tradeZh}有限公司第${i + 1}分公司`,
      legalName: `${city} ${name} ${trade} Co., Ltd. Branch ${i + 1}`,
      creditCode: creditCode(rand, String(110000 + Math.floor(rand() * 540000))),
      industryCode: industry,
      organizationType: rand() < 0.75 ? 'in-house' : 'outsourced',
      businessTypes: [
        ...new Set([BUSINESS[i % BUSINESS.length], BUSINESS[Math.floor(rand() * BUSINESS.length)]]),
      ],
      region,
      seats: 50 + Math.floor(rand() * 1950),
      annualRevenue: `${Math.round(1e7 * (1 + rand() * 500))}.00`,
      contactName: person,
      contactEmail: `contact-${salt}-${i}@example.cn`,
      contactPhone: `+86 ${10 + (i % 80)} ${8000_0000 + i}`,
      contactLanguage: i % 4 === 0 ? 'en' : 'zh',
      categories:
        i % 5 === 0
          ? ['Customer Care Benchmark Enterprise', '年度最佳呼叫中心']
          : ['Customer Care Benchmark Enterprise'],
    };
  });
}

/** A file of the same size with 60 rows spoiled in known ways; answers the file and the problems it must get. */
function spoiled(count: number, registered: EnterpriseFileRow[]): { csv: string; problems: number } {
  const rows = enterprises(count, `bad-${randomUUID().slice(0, 6)}`, 99);
  let problems = 0;
  for (let k = 0; k < 10; k++) {
    const at = 10 + k * 50;
    rows[at + 1].creditCode = rows[at].creditCode; // repeated in the file
    rows[at + 2].contactEmail = rows[at].contactEmail.toUpperCase(); // repeated, other case
    rows[at + 3].creditCode = registered[k].creditCode; // registered by an earlier run
    const code = rows[at + 4].creditCode;
    rows[at + 4].creditCode = code.slice(0, 17) + (code[17] === '0' ? '1' : '0'); // check character
    rows[at + 5].industryCode = 'space-travel'; // unknown industry
    rows[at + 6].seats = 'about 300'; // not a number
    problems += 6;
  }
  return { csv: enterprisesCsv(rows), problems };
}

const readCsv = (text: string, options: { bom: boolean }): string[][] => parse(text, options);

const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    median: round(sorted[Math.floor(sorted.length / 2)]),
    min: round(sorted[0]),
    max: round(sorted.at(-1)!),
  };
};

runBenchmark({ worker: false }, async ({ client, infra }) => {
  client.token = (await client.call<{ accessToken: string }>('POST', '/auth/login', ORGANIZER)).accessToken;
  const campaign = await client.call<{ id: string }>('POST', '/campaigns', {
    slug: `bench-onboarding-${Date.now()}`,
    name: 'Onboarding benchmark',
    year: 2027,
    timeZone: 'Asia/Shanghai',
    industryCodes: DEMO_INDUSTRIES,
    categories: [
      {
        name: 'Customer Care Benchmark Enterprise',
        kind: 'survey-benchmark',
        perIndustry: true,
        maxWinners: 3,
      },
      {
        name: 'Best Call Center of the Year',
        nameZh: '年度最佳呼叫中心',
        kind: 'panel',
        perIndustry: true,
        maxWinners: 1,
      },
    ],
  });
  await client.call('POST', `/campaigns/${campaign.id}/transitions`, { to: 'registration' });
  const url = `${client.base}/enterprises/import?campaignId=${campaign.id}`;
  const db = infra.dataSource;
  await db.query(`CREATE TABLE floor_enterprises (LIKE enterprises INCLUDING ALL)`);
  await db.query(`CREATE TABLE floor_candidacies (LIKE candidacies INCLUDING ALL)`);
  const [{ organizer }]: { organizer: string }[] = await db.query(
    `SELECT id AS organizer FROM users WHERE email = $1`,
    [ORGANIZER.email],
  );
  const count = async () =>
    Number((await db.query<{ n: string }[]>(`SELECT count(*) AS n FROM enterprises`))[0].n);

  const imports: number[] = [];
  const floors: number[] = [];
  let first: EnterpriseFileRow[] = [];
  let candidacies = 0;
  let bytes = 0;
  // A warm-up import (not counted), then the runs, each with a file of its own.
  for (let run = -1; run < RUNS; run++) {
    const rows = enterprises(ENTERPRISES, `r${run + 1}-${Date.now().toString(36)}`, 1000 + run);
    if (run === 0) first = rows;
    const csv = enterprisesCsv(rows);
    bytes = Buffer.byteLength(csv);
    const { result, seconds } = await timed(() =>
      postFile<{ enterprises: number; candidacies: number }>(url, client.token, csv),
    );
    if (result.status !== 201 || result.body.enterprises !== ENTERPRISES)
      throw new Error(`import ${run}: ${result.status} ${JSON.stringify(result.body).slice(0, 500)}`);
    candidacies = result.body.candidacies;
    if (run < 0) continue;
    imports.push(seconds);
    floors.push((await timed(() => floor(csv, campaign.id, organizer))).seconds);
    log(`run ${run + 1}: import ${seconds.toFixed(3)} s, floor ${floors.at(-1)!.toFixed(3)} s`);
  }

  const before = await count();
  const bad = spoiled(ENTERPRISES, first);
  const refused = await timed(() =>
    postFile<{ code: string; details: { field: string }[] }>(url, client.token, bad.csv),
  );
  const after = await count();
  if (
    refused.result.status !== 422 ||
    refused.result.body.details.length !== bad.problems ||
    after !== before
  )
    throw new Error(
      `the spoiled file: ${refused.result.status}, ${refused.result.body.details?.length} problems of ${bad.problems}, ${after - before} written`,
    );
  log(
    `spoiled file refused in ${refused.seconds.toFixed(3)} s with all ${bad.problems} problems, nothing written`,
  );

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('enterprises');
  const table = readCsv(enterprisesCsv(enterprises(ENTERPRISES, `x-${Date.now().toString(36)}`, 7)), {
    bom: true,
  });
  for (const r of table) sheet.addRow(r);
  const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
  const xlsxImport = await timed(() => postFile(url, client.token, xlsx, XLSX));
  if (xlsxImport.result.status !== 201) throw new Error(`XLSX import: ${xlsxImport.result.status}`);
  log(`XLSX import of ${ENTERPRISES}: ${xlsxImport.seconds.toFixed(3)} s`);

  const importStats = stats(imports);
  const floorStats = stats(floors);
  writeResult('onboarding', {
    enterprises: ENTERPRISES,
    candidacies,
    fileBytes: bytes,
    runs: RUNS,
    importSeconds: importStats,
    floorSeconds: floorStats,
    ratioToFloor: Math.round((importStats.median / floorStats.median) * 10) / 10,
    targetSeconds: TARGET_SECONDS,
    met: importStats.max < TARGET_SECONDS,
    refusedFile: {
      problems: bad.problems,
      seconds: Math.round(refused.seconds * 1000) / 1000,
      written: after - before,
    },
    xlsxImportSeconds: Math.round(xlsxImport.seconds * 1000) / 1000,
  });

  /** The floor: the same CSV bytes parsed and the rows inserted bare, in one transaction. */
  async function floor(csv: string, campaignId: string, by: string): Promise<void> {
    const [header, ...records] = readCsv(csv, { bom: true });
    const col = (name: string) => records.map((r) => r[header.indexOf(name)]);
    const nullable = (name: string) => col(name).map((v) => (v === '' ? null : v));
    await db.transaction(async (m) => {
      const ids: { id: string; industry_code: string }[] = await m.query(
        `INSERT INTO floor_enterprises (legal_name, legal_name_zh, credit_code, industry_code, organization_type,
                   business_types, region, seats, annual_revenue, contact_name, contact_email, contact_phone,
                   status, created_by)
         SELECT a, b, c, d, e, string_to_array(replace(f, ' ', ''), ';')::varchar(40)[], g, h, i, j, k, l, 'verified', $13
           FROM unnest($1::varchar[], $2::varchar[], $3::char(18)[], $4::varchar[], $5::varchar[], $6::text[],
                       $7::varchar[], $8::int[], $9::numeric[], $10::varchar[], $11::varchar[], $12::varchar[])
                AS r(a, b, c, d, e, f, g, h, i, j, k, l)
         RETURNING id, industry_code`,
        [
          col('legalName'),
          nullable('legalNameZh'),
          col('creditCode'),
          col('industryCode'),
          col('organizationType'),
          col('businessTypes'),
          col('region'),
          col('seats'),
          nullable('annualRevenue'),
          col('contactName'),
          col('contactEmail'),
          nullable('contactPhone'),
          by,
        ],
      );
      const categories: { id: string }[] = await m.query(
        `SELECT id FROM award_categories WHERE campaign_id = $1 ORDER BY position`,
        [campaignId],
      );
      const pairs = ids.flatMap((e, i) =>
        (i % 5 === 0 ? categories : categories.slice(0, 1)).map((k) => [k.id, e.id, e.industry_code]),
      );
      await m.query(
        `INSERT INTO floor_candidacies (campaign_id, category_id, enterprise_id, industry_code, state, submitted_by)
         SELECT $1, k, e, i, 'approved', $5 FROM unnest($2::uuid[], $3::uuid[], $4::varchar[]) AS r(k, e, i)`,
        [campaignId, pairs.map((p) => p[0]), pairs.map((p) => p[1]), pairs.map((p) => p[2]), by],
      );
    });
  }
});
