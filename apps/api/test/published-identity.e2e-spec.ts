import type { INestApplicationContext } from '@nestjs/common';
import {
  as,
  awardsCampaign,
  AwardsSetup,
  confirmAll,
  organizerToken,
  registeredEnterpriseUser,
  stopApiAndWorker,
  TestApi,
} from '@app/testing';
import { startFreshApiAndWorker } from './test-apps';

interface Proposal {
  categoryId: string;
  evidenceHash: string;
  proposal: {
    industries: {
      industryCode: string | null;
      winners: { enterpriseId: string; enterpriseName: string; identityVersion: number | null }[];
    }[];
  };
  decision: { version: number; stale: boolean } | null;
}

interface PublicationBody {
  categories: {
    groups: { industryCode: string | null; winners: { name: string; certificateCode: string }[] }[];
  }[];
  rankings: { industryCode: string; entries: { name: string }[] }[];
}

/**
 * The attack from issue 14: a verified enterprise with approved candidacies renames itself, to its rival's name
 * with markup, while the campaign is deciding. Nothing it did not have verified may be published.
 */
describe('What was reviewed is what gets published', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let organizer: string;
  let s: AwardsSetup;
  let confirmed: Proposal[];
  let attackName: string;

  beforeAll(async () => {
    ({ api, worker } = await startFreshApiAndWorker());
    organizer = await organizerToken(api.http);
    s = await awardsCampaign(api, organizer);
    attackName = `${s.names.B} <script>alert(1)</script>`;
    await confirmAll(api, organizer, s.campaignId);
    confirmed = await readProposals();
  });
  afterAll(() => stopApiAndWorker({ api, worker }));

  const readProposals = async () =>
    (await api.http.get(`/campaigns/${s.campaignId}/awards/proposals`).set(as(organizer)).expect(200))
      .body as Proposal[];
  const announce = () => api.http.post(`/campaigns/${s.campaignId}/announcement`).set(as(organizer));
  const rename = (enterpriseId: string, token: string, legalName: string) =>
    api.http.patch(`/enterprises/${enterpriseId}`).set(as(token)).send({ legalName });
  /** Reviews the pending change as an organizer does: read it, then name it. */
  const reviewIdentity = async (enterpriseId: string, decision: 'verified' | 'rejected') => {
    const read = await api.http.get(`/enterprises/${enterpriseId}/identity`).set(as(organizer)).expect(200);
    return api.http
      .post(`/enterprises/${enterpriseId}/identity/review`)
      .set(as(organizer))
      .send({
        changeId: read.body.pendingChange.id,
        decision,
        reason: decision === 'rejected' ? 'The licence does not show it' : undefined,
      })
      .expect(200);
  };
  const winnerNames = (proposals: Proposal[], enterpriseId: string) =>
    proposals.flatMap((p) =>
      p.proposal.industries.flatMap((i) =>
        i.winners.filter((w) => w.enterpriseId === enterpriseId).map((w) => w.enterpriseName),
      ),
    );

  it('refuses a rename by a plain member of the enterprise (403), and changes nothing', async () => {
    const member = await registeredEnterpriseUser(api.http);
    await api.dataSource.query(
      `INSERT INTO enterprise_members (enterprise_id, user_id, role, added_by) VALUES ($1, $2, 'member', NULL)`,
      [s.ids.A, member.id],
    );
    await rename(s.ids.A, member.token, attackName).expect(403);
    const [row] = await api.dataSource.query(`SELECT legal_name FROM enterprises WHERE id = $1`, [s.ids.A]);
    expect(row.legal_name).toBe(s.names.A);
  });

  it('takes an admin’s rename as a pending request: the decisions stand, on the verified name', async () => {
    const res = await rename(s.ids.A, s.ownerTokens.A, attackName).expect(200);
    expect(res.body).toMatchObject({ status: 'verified', legalName: s.names.A });
    expect(res.body.pendingIdentityChange).toMatchObject({ state: 'pending', legalName: attackName });
    const now = await readProposals();
    expect(now.map((p) => p.evidenceHash)).toEqual(confirmed.map((p) => p.evidenceHash));
    expect(now.every((p) => p.decision && !p.decision.stale)).toBe(true);
    const names = winnerNames(now, s.ids.A);
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names)).toEqual(new Set([s.names.A]));
  });

  it('refuses the announcement, naming the winner whose identity change awaits review', async () => {
    const res = await announce().expect(409);
    expect(res.body.message).toContain(s.ids.A);
    expect(res.body.message).toContain(s.names.A);
    expect(res.body.message).toContain('awaiting review');
    expect(res.body.message).not.toContain('<script>');
    await api.http.get(`/public/campaigns/${s.slug}`).expect(404);
    const [c] = await api.dataSource.query(`SELECT state FROM campaigns WHERE id = $1`, [s.campaignId]);
    expect(c.state).toBe('deciding');
  });

  it('makes every decision naming the enterprise stale once the new name is verified', async () => {
    await reviewIdentity(s.ids.A, 'verified');
    const now = await readProposals();
    const namesA = (ps: Proposal[]) =>
      ps.map((p) => p.proposal.industries.some((i) => i.winners.some((w) => w.enterpriseId === s.ids.A)));
    const withA = namesA(confirmed);
    expect(withA.filter(Boolean).length).toBeGreaterThan(0);
    now.forEach((p, i) => {
      if (withA[i]) {
        expect(p.evidenceHash).not.toBe(confirmed[i].evidenceHash);
        expect(p.decision?.stale).toBe(true);
      }
    });
    expect(new Set(winnerNames(now, s.ids.A))).toEqual(new Set([attackName]));
    const versions = now.flatMap((p) =>
      p.proposal.industries.flatMap((i) =>
        i.winners.filter((w) => w.enterpriseId === s.ids.A).map((w) => w.identityVersion),
      ),
    );
    expect(new Set(versions)).toEqual(new Set([2]));
    const refused = await announce().expect(409);
    expect(refused.body.message).toContain('confirm it again');
  });

  it('names every row of the organizer export by the verified identity the proposals use', async () => {
    // A's new name is verified; the ranking snapshot (and any round) still carries the name it was built with.
    const exported = (
      await api.http.get(`/campaigns/${s.campaignId}/awards/export`).set(as(organizer)).expect(200)
    ).body as {
      rankings: { entries: { enterpriseId: string; legalName: string }[] }[];
      rounds: { entrants: { enterpriseId: string; enterpriseName: string }[] }[];
    };
    const rankingNames = exported.rankings.flatMap((r) =>
      r.entries.filter((e) => e.enterpriseId === s.ids.A).map((e) => e.legalName),
    );
    expect(rankingNames.length).toBeGreaterThan(0);
    const roundNames = exported.rounds.flatMap((r) =>
      r.entrants.filter((e) => e.enterpriseId === s.ids.A).map((e) => e.enterpriseName),
    );
    expect(new Set([...rankingNames, ...roundNames])).toEqual(new Set([attackName]));

    const csv = (
      await api.http.get(`/campaigns/${s.campaignId}/awards/export?format=csv`).set(as(organizer)).expect(200)
    ).text;
    const rowsOfA = csv.split('\n').filter((line) => line.includes(s.ids.A));
    const records = new Set(rowsOfA.map((line) => line.split(',')[0]));
    expect(records).toContain('winner');
    expect(records).toContain('ranking');
    for (const line of rowsOfA) {
      expect(line).toContain('<script>alert(1)</script>');
      expect(line).not.toContain(s.names.A);
    }
  });

  it('publishes, once re-confirmed, the verified names alone: the same in the winners list, the ranking table and the certificate, escaped', async () => {
    // A rival's pending rename (C ranks in telecom but wins nothing) is not published either.
    await rename(s.ids.C, s.ownerTokens.C, 'Unreviewed C Co., Ltd.').expect(200);
    await confirmAll(api, organizer, s.campaignId);
    await announce().expect(200);

    const publication = (await api.http.get(`/public/campaigns/${s.slug}`).expect(200))
      .body as PublicationBody;
    const text = JSON.stringify(publication);
    expect(text).not.toContain('Unreviewed C');
    expect(text).toContain(s.names.C);
    // Every winner is listed under the name the ranking table shows for it.
    const ranked = new Set(publication.rankings.flatMap((r) => r.entries.map((e) => e.name)));
    const winners = publication.categories.flatMap((k) => k.groups.flatMap((g) => g.winners));
    expect(winners.length).toBeGreaterThan(0);
    for (const winner of winners) expect(ranked).toContain(winner.name);
    const telecom = publication.rankings.find((r) => r.industryCode === 'telecom')!;
    expect(telecom.entries.map((e) => e.name)).toContain(attackName);
    expect(telecom.entries.map((e) => e.name)).not.toContain(s.names.A);
    const winnerA = publication.categories[0].groups
      .find((g) => g.industryCode === 'telecom')!
      .winners.find((w) => w.name === attackName)!;
    expect(winnerA).toBeDefined();

    const certificate = await api.http.get(`/public/certificates/${winnerA.certificateCode}`).expect(200);
    expect(certificate.body.enterprise).toBe(attackName);
    const [stored] = await api.dataSource.query(`SELECT enterprise_id FROM certificates WHERE code = $1`, [
      winnerA.certificateCode,
    ]);
    expect(stored.enterprise_id).toBe(s.ids.A);

    const escaped = '&lt;script&gt;alert(1)&lt;/script&gt;';
    for (const path of [`/results/${s.slug}`, `/certificates/${winnerA.certificateCode}`]) {
      const page = (await api.http.get(path).expect(200)).text;
      expect(page).not.toContain('<script>alert(1)</script>');
      expect(page).toContain(escaped);
      expect(page).not.toContain('Unreviewed C');
    }
    // The results page names A identically in the winners list and the ranking table.
    const page = (await api.http.get(`/results/${s.slug}`).expect(200)).text;
    expect(page.split(escaped).length - 1).toBeGreaterThanOrEqual(2);
  });
});
