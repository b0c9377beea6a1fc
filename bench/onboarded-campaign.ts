/**
 * A campaign in `survey` with the demo's enterprises (12 industries x 50 at full size), verified and approved
 * by the organizer's onboarding import (`POST /enterprises/import`) as organizers set up a real one: about a
 * second, where registering 600 through the entrants' routes took 56-100 s. Each call makes enterprises of its
 * own (credit codes are unique in the platform), so a benchmark may set up several campaigns in one database.
 */
import { planDemo } from '../tools/demo/demo-data';
import { enterprisesCsv, postFile } from '../tools/demo/onboarding-files';
import { Client, ORGANIZER } from './support';
import type { SurveyEnterprise } from './survey-rows';

const CATEGORY = 'Customer Care Benchmark Enterprise';
const DAY_MS = 86_400_000;
let made = 0;

export interface OnboardedCampaign {
  campaignId: string;
  slug: string;
  enterprises: SurveyEnterprise[];
  /** The survey window: opened 30 days ago, closes in 30 days. */
  opensAtMs: number;
  closesAtMs: number;
}

export async function onboardedCampaign(
  client: Client,
  options: { seed: number; perIndustry?: number },
): Promise<OnboardedCampaign> {
  client.token = (await client.call<{ accessToken: string }>('POST', '/auth/login', ORGANIZER)).accessToken;
  const salt = `${Date.now().toString(36)}${made++}`;
  const plan = planDemo(options.seed, (options.perIndustry ?? 50) / 50, (Date.now() % 1_000_000_007) + made);
  const slug = `bench-${salt}`;
  const campaign = await client.call<{ id: string }>('POST', '/campaigns', {
    slug,
    name: 'Benchmark campaign',
    year: 2027,
    timeZone: 'Asia/Shanghai',
    industryCodes: plan.industries.map((i) => i.code),
    categories: [{ name: CATEGORY, kind: 'survey-benchmark', perIndustry: true, maxWinners: 3 }],
  });
  await client.call('POST', `/campaigns/${campaign.id}/transitions`, { to: 'registration' });
  const file = enterprisesCsv(
    plan.enterprises.map((e) => ({
      ...e,
      contactName: `Contact ${e.index + 1}`,
      contactEmail: `bench-${salt}-${e.index}@example.cn`,
      categories: [CATEGORY],
    })),
  );
  const { status, body } = await postFile<{ rows: { enterpriseId: string }[] }>(
    `${client.base}/enterprises/import?campaignId=${campaign.id}`,
    client.token,
    file,
  );
  if (status !== 201) throw new Error(`enterprise import: ${status} ${JSON.stringify(body).slice(0, 500)}`);
  const opensAtMs = Date.now() - 30 * DAY_MS;
  const closesAtMs = Date.now() + 30 * DAY_MS;
  await client.call('PATCH', `/campaigns/${campaign.id}`, {
    schedule: {
      surveyOpensAt: new Date(opensAtMs).toISOString(),
      surveyClosesAt: new Date(closesAtMs).toISOString(),
    },
  });
  await client.call('POST', `/campaigns/${campaign.id}/transitions`, { to: 'survey' });
  return {
    campaignId: campaign.id,
    slug,
    enterprises: body.rows.map((r, i) => ({
      id: r.enterpriseId,
      industryCode: plan.enterprises[i].industryCode,
    })),
    opensAtMs,
    closesAtMs,
  };
}
