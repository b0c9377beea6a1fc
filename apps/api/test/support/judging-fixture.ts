import { randomUUID } from 'node:crypto';
import { buildCampaign, buildEnterprise, TWO_CRITERIA_RUBRIC } from '@app/testing';
import { as } from './survey-fixture';
import { createdStaffUser, registeredEnterpriseUser, TestApi } from './test-api';

export interface PanelEnterprise {
  id: string;
  name: string;
  creditCode: string;
  industryCode: string;
  candidacyId: string;
  ownerToken: string;
}

export interface Judge {
  id: string;
  token: string;
  name: string;
}

/**
 * A campaign in registration with two panel categories, verified enterprises entered and approved in both,
 * judge accounts, and the two-criterion rubric. The campaign's year is 2027.
 */
export async function panelCampaign(
  api: TestApi,
  organizer: string,
  options: { industries: string[]; judges: number },
) {
  const campaign = (
    await api.http
      .post('/campaigns')
      .set(as(organizer))
      .send(
        buildCampaign({
          categories: [
            { name: 'Best Call Center of the Year', kind: 'panel', perIndustry: false, maxWinners: 3 },
            { name: 'Best Customer Service Team', kind: 'panel', perIndustry: false, maxWinners: 1 },
          ],
        }),
      )
      .expect(201)
  ).body as { id: string; categories: { id: string }[] };
  await api.http
    .post(`/campaigns/${campaign.id}/transitions`)
    .set(as(organizer))
    .send({ to: 'registration' })
    .expect(200);

  const enterprises: PanelEnterprise[] = [];
  const teamCandidacies: string[] = [];
  for (const industryCode of options.industries) {
    const owner = await registeredEnterpriseUser(api.http);
    const profile = buildEnterprise({ industryCode });
    const e = (await api.http.post('/enterprises').set(as(owner.token)).send(profile).expect(201)).body;
    await api.http
      .post(`/enterprises/${e.id}/review`)
      .set(as(organizer))
      .send({ decision: 'verified', profileRevision: e.profileRevision })
      .expect(200);
    const candidacies: string[] = [];
    for (const category of campaign.categories) {
      const c = (
        await api.http
          .post(`/campaigns/${campaign.id}/candidacies`)
          .set(as(owner.token))
          .send({ categoryId: category.id, enterpriseId: e.id })
          .expect(201)
      ).body;
      await api.http
        .post(`/candidacies/${c.id}/decision`)
        .set(as(organizer))
        .send({ decision: 'approved' })
        .expect(200);
      candidacies.push(c.id as string);
    }
    teamCandidacies.push(candidacies[1]);
    enterprises.push({
      id: e.id,
      name: profile.legalName,
      creditCode: profile.creditCode,
      industryCode,
      candidacyId: candidacies[0],
      ownerToken: owner.token,
    });
  }
  const judges: Judge[] = [];
  for (let i = 0; i < options.judges; i++) {
    const j = await createdStaffUser(api.http, organizer, 'judge');
    judges.push({ id: j.id, token: j.token, name: j.account.displayName });
  }
  const rubric = (
    await api.http
      .post('/rubrics')
      .set(as(organizer))
      .send({ key: `two-criteria-${randomUUID().slice(0, 8)}`, name: 'Two criteria', ...TWO_CRITERIA_RUBRIC })
      .expect(201)
  ).body as { id: string };
  return {
    campaignId: campaign.id,
    categoryId: campaign.categories[0].id,
    teamCategoryId: campaign.categories[1].id,
    enterprises,
    judges,
    rubricId: rubric.id,
  };
}

/** Moves the campaign one state on at a time until it is `to`. */
export async function moveCampaign(api: TestApi, organizer: string, campaignId: string, ...states: string[]) {
  for (const to of states) {
    await api.http.post(`/campaigns/${campaignId}/transitions`).set(as(organizer)).send({ to }).expect(200);
  }
}
