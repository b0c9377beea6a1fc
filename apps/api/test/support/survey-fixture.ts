import { buildCampaign, buildEnterprise } from '@app/testing';
import { registeredEnterpriseUser, TestApi } from './test-api';

export const as = (token: string) => ({ authorization: `Bearer ${token}` });

export interface SurveyEnterprise {
  id: string;
  creditCode: string;
  industryCode: string;
  ownerToken: string;
}

export interface SurveyCampaign {
  id: string;
  categoryIds: string[];
  enterprises: SurveyEnterprise[];
}

/** The campaign's survey window: opened a day ago, closes in 30 days. */
export const surveyWindow = () => ({
  surveyOpensAt: new Date(Date.now() - 86_400_000).toISOString(),
  surveyClosesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
});

/**
 * A campaign moved to `survey` through the real API, with verified enterprises entered in its survey-benchmark
 * category and approved. `pendingIndustries` adds enterprises whose candidacy stays submitted (not approved).
 */
export async function surveyCampaign(
  api: TestApi,
  organizer: string,
  options: {
    industries: string[];
    pendingIndustries?: string[];
    rules?: Record<string, unknown>;
    /** The campaign's industries when not the factory's (telecom and finance). */
    industryCodes?: string[];
    /** Runs while registration is still open, with the enterprises entered so far. */
    beforeSurvey?: (campaignId: string, enterprises: SurveyEnterprise[]) => Promise<void>;
  },
): Promise<SurveyCampaign & { pending: SurveyEnterprise[] }> {
  const campaign = (
    await api.http
      .post('/campaigns')
      .set(as(organizer))
      .send(
        buildCampaign({
          rules: options.rules ?? { minResponsesRanked: 10, minResponsesListed: 5 },
          ...(options.industryCodes ? { industryCodes: options.industryCodes } : {}),
        }),
      )
      .expect(201)
  ).body as { id: string; categories: { id: string }[] };
  const id = campaign.id;
  await api.http
    .post(`/campaigns/${id}/transitions`)
    .set(as(organizer))
    .send({ to: 'registration' })
    .expect(200);

  const enter = async (industryCode: string, approve: boolean): Promise<SurveyEnterprise> => {
    const owner = await registeredEnterpriseUser(api.http);
    const profile = buildEnterprise({ industryCode });
    const e = (await api.http.post('/enterprises').set(as(owner.token)).send(profile).expect(201)).body;
    await api.http
      .post(`/enterprises/${e.id}/review`)
      .set(as(organizer))
      .send({ decision: 'verified', profileRevision: e.profileRevision })
      .expect(200);
    const candidacy = (
      await api.http
        .post(`/campaigns/${id}/candidacies`)
        .set(as(owner.token))
        .send({ categoryId: campaign.categories[0].id, enterpriseId: e.id })
        .expect(201)
    ).body;
    if (approve) {
      await api.http
        .post(`/candidacies/${candidacy.id}/decision`)
        .set(as(organizer))
        .send({ decision: 'approved' })
        .expect(200);
    }
    return { id: e.id, creditCode: profile.creditCode, industryCode, ownerToken: owner.token };
  };
  const enterprises: SurveyEnterprise[] = [];
  for (const industry of options.industries) enterprises.push(await enter(industry, true));
  const pending: SurveyEnterprise[] = [];
  for (const industry of options.pendingIndustries ?? []) pending.push(await enter(industry, false));

  await api.http.patch(`/campaigns/${id}`).set(as(organizer)).send({ schedule: surveyWindow() }).expect(200);
  await options.beforeSurvey?.(id, enterprises);
  await api.http.post(`/campaigns/${id}/transitions`).set(as(organizer)).send({ to: 'survey' }).expect(200);
  return { id, categoryIds: campaign.categories.map((c) => c.id), enterprises, pending };
}

const VARIED = { IMG: 7, EXP: 6, QUA1: 8, QUA2: 7, QUA3: 8, VAL1: 6, VAL2: 7, CMP: 0 };

/** A complete, valid response: the three SAT items at `sat`, LOY1 and LOY2 as given, the rest varied. */
export function response(
  enterpriseId: string,
  respondentKey: string,
  sat: number,
  loy: { LOY1: number; LOY2: number } = { LOY1: 8, LOY2: 8 },
  extra: Record<string, unknown> = {},
) {
  return {
    enterpriseId,
    respondentKey,
    submittedAt: new Date(Date.now() - 3600_000).toISOString(),
    channel: 'phone',
    completionSeconds: 300,
    answers: { ...VARIED, SAT1: sat, SAT2: sat, SAT3: sat, ...loy },
    ...extra,
  };
}

/** Polls until `check` returns a value (not undefined), or fails after `ms`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  ms = 20_000,
  what = 'condition',
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
