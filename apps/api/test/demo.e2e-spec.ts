import type { INestApplicationContext } from '@nestjs/common';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  launchChromium,
  listenLocally,
  mailedToken,
  organizerToken,
  signInThroughPage,
  stopApiAndWorker,
  TEST_ORGANIZER,
  TestApi,
} from '@app/testing';
import { expectedLeaders } from '../../../tools/demo/demo-data';
import { DemoResult, runDemo } from '../../../tools/demo/demo-scenario';
import { silentProgress } from '../../../tools/demo/progress';
import { signInLines } from '../../../tools/demo/sign-ins';
import { startFreshApiAndWorker } from './test-apps';

/** The published ranking of one industry, as the public reads it. */
interface PublishedEntry {
  name: string;
  rank: number | null;
  eligibility: string;
  n: number;
  csi: number | null;
}

describe('The demo campaign at a small scale, against an independent reading of its generated data', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let result: DemoResult;
  let base: string;
  let rankings: Map<string, PublishedEntry[]>;

  beforeAll(async () => {
    ({ api, worker } = await startFreshApiAndWorker());
    base = await listenLocally(api);
    result = await runDemo({
      base,
      organizer: TEST_ORGANIZER,
      scale: 0.03,
      seed: 11,
      workDir: join(tmpdir(), `care-demo-${process.pid}`),
      progress: silentProgress,
      concurrency: 4,
      mailedToken,
    });
    const published = (await api.http.get(`/public/campaigns/${result.slug}`).expect(200)).body as {
      rankings: { industryCode: string; entries: PublishedEntry[] }[];
    };
    rankings = new Map(published.rankings.map((r) => [r.industryCode, r.entries]));
  }, 180_000);
  afterAll(() => stopApiAndWorker({ api, worker }));

  it('has every entrant submit a complete entry, with its PDFs, in both categories', async () => {
    const entrants = result.plan.enterprises;
    const panel = entrants.filter((e) => e.entersPanel).length;
    // The benchmark form takes one signed declaration; the panel form a written case, evidence and a site pack.
    const { readByJudges, ...submitted } = result.entries;
    expect(submitted).toEqual({ entries: entrants.length + panel, documents: entrants.length + 3 * panel });
    // Three judges per entrant. Round 1 shows the written case and the evidence (two PDFs per entrant), round 2
    // the site-visit pack (one) for the entrants that advanced: every shown PDF read, its SHA-256 checked.
    const siteVisits = (readByJudges - 3 * 2 * panel) / 3;
    expect(Number.isInteger(siteVisits)).toBe(true);
    expect(siteVisits).toBeGreaterThan(0);
    expect(siteVisits).toBeLessThanOrEqual(panel);
    const completeness = (
      await api.http
        .get(`/campaigns/${result.campaignId}/entries/completeness`)
        .set('authorization', `Bearer ${await organizerToken(api.http)}`)
        .expect(200)
    ).body as { total: { candidacies: number; submitted: number; missing: { count: number }[] } }[];
    expect(completeness.map((c) => c.total.candidacies).sort()).toEqual([panel, entrants.length].sort());
    for (const c of completeness) {
      expect(c.total.submitted).toBe(c.total.candidacies);
      expect(c.total.missing.filter((m) => m.count > 0)).toEqual([]);
    }
  });

  it('prints a sign-in for a judge, an enterprise contact and the organizer, each of which signs in', async () => {
    const printed = signInLines(base, result.signIns).join('\n');
    expect(printed).toContain(`${base.replace('localhost', '127.0.0.1')}/app/`);
    const tokens: Record<string, string> = {};
    for (const role of ['judge', 'enterprise', 'organizer'] as const) {
      const { email, password } = result.signIns[role];
      expect(printed).toContain(`${email} / ${password}`);
      const signedIn = await api.http.post('/auth/login').send({ email, password }).expect(200);
      expect(signedIn.body).toMatchObject({ user: { email, role } });
      tokens[role] = (signedIn.body as { accessToken: string }).accessToken;
    }
    // The judge scored in both rounds: its workspace lists sheets in each.
    const sheets = (
      await api.http.get('/judging/assignments').set('authorization', `Bearer ${tokens.judge}`).expect(200)
    ).body as { roundId: string; status: string }[];
    expect(new Set(sheets.map((a) => a.roundId)).size).toBe(2);
    // The contact's enterprise entered both categories and submitted both entries.
    const own = (
      await api.http
        .get(`/campaigns/${result.campaignId}/candidacies`)
        .set('authorization', `Bearer ${tokens.enterprise}`)
        .expect(200)
    ).body as { items: { id: string }[] };
    expect(own.items).toHaveLength(2);
    for (const { id } of own.items) {
      const entry = await api.http
        .get(`/candidacies/${id}/entry`)
        .set('authorization', `Bearer ${tokens.enterprise}`)
        .expect(200);
      expect(entry.body).toMatchObject({ submittedAt: expect.any(String) });
    }
  });

  it('signs the printed enterprise contact in through the sign-in page, onto its workspace', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const { email, password } = result.signIns.enterprise;
      await signInThroughPage(page, base, email, password);
      expect(new URL(page.url()).pathname).toBe('/app/enterprise');
      // The workspace's home page loads lazily: wait for its heading rather than look once.
      await page.locator('h1').first().waitFor({ state: 'visible' });
    } finally {
      await browser.close();
    }
  });

  it('accounts for every generated row: stored, duplicate or rejected, exactly as counted in the file', () => {
    const x = result.expected;
    expect(x.duplicates).toBeGreaterThan(0);
    expect(x.malformed).toBeGreaterThan(0);
    expect(result.importCounts).toEqual({
      received: x.rows,
      accepted: x.stored,
      duplicates: x.duplicates,
      rejected: x.malformed,
    });
    expect(result.dataQuality).toEqual({
      stored: x.stored,
      valid: x.stored - x.speeders,
      speeding: x.speeders,
      straightLining: x.straightLiners,
      duplicates: x.duplicates,
    });
    // The speeding threshold (40 % of the median) falls between the generated speeders and everyone else.
    expect(0.4 * x.medianSeconds).toBeGreaterThan(90);
    expect(0.4 * x.medianSeconds).toBeLessThan(300);
  });

  it('publishes every enterprise’s n and CSI as the direct computation from the rows gives them', () => {
    let ranked = 0;
    for (const e of result.plan.enterprises) {
      const x = result.expected.enterprises[e.index];
      const entry = rankings.get(e.industryCode)?.find((p) => p.name === e.legalName);
      if (x.valid < 30) {
        expect(entry).toBeUndefined(); // not published below the listing minimum
        continue;
      }
      expect(entry).toMatchObject({ n: x.valid, eligibility: x.valid >= 100 ? 'ranked' : 'indicative' });
      expect(entry?.csi).toBeCloseTo(x.csiSum / x.valid, 1);
      if (x.valid >= 100) ranked++;
    }
    expect(ranked).toBeGreaterThan(20);
  });

  it('names the leader of each industry, by the direct computation, among the survey winners', () => {
    const leaders = expectedLeaders(result.plan, result.expected, 100);
    const survey = result.winners.get('Customer Care Benchmark Enterprise');
    for (const [industry, index] of leaders) {
      const names = (survey?.get(industry) ?? []).map((w) => w.name);
      if (index === null) expect(names).toEqual([]);
      else expect(names).toContain(result.plan.enterprises[index].legalName);
    }
  });

  it('gives each industry one panel winner, chosen among the enterprises that entered the panel award', () => {
    const panel = result.winners.get('Best Call Center of the Year');
    const entrants = new Set(result.plan.enterprises.filter((e) => e.entersPanel).map((e) => e.legalName));
    for (const { code } of result.plan.industries) {
      const names = (panel?.get(code) ?? []).map((w) => w.name);
      expect(names.length).toBeGreaterThanOrEqual(1);
      for (const name of names) expect(entrants.has(name)).toBe(true);
    }
    expect(result.timings.map((t) => t.stage)).toContain('Round 2: site visit sheets');
  });
});
