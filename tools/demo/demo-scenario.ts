/**
 * A year's campaign, driven through the real API and worker exactly as organizers, enterprises, a survey partner
 * and judges would: setup, registration, a streamed survey import, aggregation, two judging rounds, winners and
 * the announcement. `npm run demo` runs it at full scale; the e2e test at a small one.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { Client, inParallel } from '../http-client';
import { DemoPlan, ExpectedOutcome, planDemo, seededRandom, writeResponses } from './demo-data';
import { readDossier } from './dossier-reading';
import { allCandidacies, bindEntryForms, entrantPassword, fillEntries } from './entries-step';
import { DOCUMENT_REVIEW_FIELDS, SITE_VISIT_FIELDS } from './entry-forms';
import { enterprisesCsv, judgesCsv, postFile } from './onboarding-files';
import { Progress } from './progress';
import type { DemoSignIns } from './sign-ins';

export interface DemoOptions {
  base: string;
  organizer: { email: string; password: string };
  scale: number;
  seed: number;
  /** Where the survey file is written. */
  workDir: string;
  progress: Progress;
  /** Parallel API calls during registration and scoring. */
  concurrency?: number;
  /** The token of the last `template` link mailed to an address: how the demo's made-up people read mail. */
  mailedToken: (template: string, to: string) => Promise<string>;
}

export interface DemoWinner {
  name: string;
  figures: Record<string, number | string | null>;
}

export interface DemoResult {
  campaignId: string;
  slug: string;
  plan: DemoPlan;
  expected: ExpectedOutcome;
  /** Enterprise ids in the plan's order. */
  enterpriseIds: string[];
  importCounts: { received: number; accepted: number; duplicates: number; rejected: number };
  /** Entries submitted by the entrants, and the PDFs they uploaded with them. */
  entries: { entries: number; documents: number; readByJudges: number };
  dataQuality: {
    stored: number;
    valid: number;
    speeding: number;
    straightLining: number;
    duplicates: number;
  };
  /** Published winners: category name -> industry code -> winners. */
  winners: Map<string, Map<string | null, DemoWinner[]>>;
  timings: { stage: string; seconds: number }[];
  publicUrl: string;
  /** Accounts left ready to sign in to the web workspaces with. */
  signIns: DemoSignIns;
}

const JUDGES = 15;
const SURVEY_CATEGORY = 'Customer Care Benchmark Enterprise';
const PANEL_CATEGORY = 'Best Call Center of the Year';
const LENIENT = 0;
const HARSH = 1;

interface RubricItem {
  code: string;
  scaleMin: number;
  scaleMax: number;
}

/** Writes the survey partner's file of `plan`; resolves with what it holds and the seconds it took. */
async function writeSurveyFile(plan: DemoPlan, surveyOpensAt: Date, file: string) {
  const started = process.hrtime.bigint();
  const out = createWriteStream(file);
  const outcome = await writeResponses(plan, surveyOpensAt, async (chunk) => {
    if (!out.write(chunk)) await once(out, 'drain');
  });
  out.end();
  await once(out, 'finish');
  return { outcome, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

export async function runDemo(o: DemoOptions): Promise<DemoResult> {
  const concurrency = o.concurrency ?? 8;
  const client = new Client(o.base);
  const timings: DemoResult['timings'] = [];
  const timed = async <T>(
    stage: string,
    total: number,
    work: (advance: (n?: number) => void) => Promise<T>,
    note?: (r: T) => string,
  ) => {
    const step = o.progress.step(stage, total);
    const result = await work((n) => step.advance(n));
    timings.push({ stage, seconds: step.done(note?.(result)) });
    return result;
  };
  const login = async (email: string, password: string) =>
    (await client.call<{ accessToken: string }>('POST', '/auth/login', { email, password }, '')).accessToken;
  client.token = await login(o.organizer.email, o.organizer.password);

  const plan = planDemo(o.seed, o.scale, Date.now() % 1_000_000_007);
  const slug = `care-awards-demo-${Date.now().toString(36)}`;
  const surveyOpensAt = new Date(Date.now() - 20 * 86_400_000);

  // 1. The campaign: 12 industries, the survey benchmark and the panel award.
  const campaign = await timed('Campaign setup', 1, async (advance) => {
    const c = await client.call<{ id: string; categories: { id: string }[] }>('POST', '/campaigns', {
      slug,
      name: 'Customer Care Awards 2027 (demo)',
      nameZh: '2027 客户关怀奖（演示）',
      year: 2027,
      descriptionEn: 'A full demo campaign: survey benchmark in 12 industries and the expert-panel award.',
      descriptionZh: '完整的演示评选：12 个行业的客户满意度标杆评选与专家评审奖项。',
      timeZone: 'Asia/Shanghai',
      industryCodes: plan.industries.map((i) => i.code),
      categories: [
        {
          name: SURVEY_CATEGORY,
          nameZh: '客户关怀标杆企业',
          kind: 'survey-benchmark',
          perIndustry: true,
          maxWinners: 3,
        },
        {
          name: PANEL_CATEGORY,
          nameZh: '年度最佳呼叫中心',
          kind: 'panel',
          perIndustry: true,
          maxWinners: 1,
        },
      ],
    });
    await bindEntryForms(client, c.id, slug, { survey: c.categories[0].id, panel: c.categories[1].id });
    await client.call('POST', `/campaigns/${c.id}/transitions`, { to: 'registration' });
    advance();
    return c;
  });
  const categories = { survey: campaign.categories[0].id, panel: campaign.categories[1].id };
  const panelCategory = categories.panel;
  const contactEmail = (e: { index: number }) => `demo-${slug}-${e.index}@example.cn`;

  // 2. The organizers import the enterprises and their candidacies from one file: verified and approved by the
  // import, each contact invited by email (no passwords, no accounts); no later step needs an enterprise user.
  const enterpriseIds = await timed(
    'Enterprises imported (file)',
    plan.enterprises.length,
    async (advance) => {
      const file = enterprisesCsv(
        plan.enterprises.map((e) => ({
          ...e,
          contactName: `Contact ${e.index + 1}`,
          contactEmail: contactEmail(e),
          categories: e.entersPanel ? [SURVEY_CATEGORY, PANEL_CATEGORY] : [SURVEY_CATEGORY],
        })),
      );
      const { status, body } = await postFile<{ rows: { enterpriseId: string }[] }>(
        `${o.base}/enterprises/import?campaignId=${campaign.id}`,
        client.token,
        file,
      );
      if (status !== 201)
        throw new Error(`enterprise import: ${status} ${JSON.stringify(body).slice(0, 500)}`);
      advance(body.rows.length);
      return body.rows.map((r) => r.enterpriseId);
    },
    (ids) => `${ids.length} enterprises`,
  );
  // 2b. The survey partner writes its file from the seed meanwhile: the demo's own work (one core) beside the
  // API's (password hashes, uploads), instead of after it. Its step is shown once the entries are in.
  mkdirSync(o.workDir, { recursive: true });
  const file = join(o.workDir, `${slug}.csv`);
  // About 1 % more lines than planned responses: the duplicates are extra lines.
  const expectedRows = Math.round(plan.enterprises.reduce((n, e) => n + e.responses, 0) * 1.01);
  const surveyFile = writeSurveyFile(plan, surveyOpensAt, file);
  // Awaited below; until then a failure must not end the process as an unhandled rejection.
  surveyFile.catch(() => undefined);
  // 2c. Each contact accepts the emailed invitation and fills and submits its entries, PDFs included.
  const entries = await timed(
    'Entries filled and submitted',
    plan.enterprises.length,
    async (advance) => {
      const candidacies = await allCandidacies(client, campaign.id);
      const work = plan.enterprises.map((e) => ({
        enterprise: e,
        contactEmail: contactEmail(e),
        candidacies: candidacies
          .filter((k) => k.enterpriseId === enterpriseIds[e.index])
          .map((k) => ({ categoryId: k.categoryId, candidacyId: k.id })),
      }));
      return fillEntries(client, categories, work, concurrency, o.mailedToken, advance);
    },
    (n) => `${n.entries} entries, ${n.documents} PDFs`,
  );
  await client.call('PATCH', `/campaigns/${campaign.id}`, {
    schedule: {
      surveyOpensAt: surveyOpensAt.toISOString(),
      surveyClosesAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
    },
  });
  await client.call('POST', `/campaigns/${campaign.id}/transitions`, { to: 'survey' });

  // 3. The survey partner's file, written while the entrants filled their entries, then streamed to the import.
  const expected = await timed(
    'Survey file generated',
    expectedRows,
    async (advance) => {
      const written = await surveyFile;
      advance(expectedRows);
      return written;
    },
    (x) =>
      `${x.outcome.rows.toLocaleString('en-US')} rows in ${x.seconds.toFixed(1)} s, while the entries were filled`,
  ).then(({ outcome, seconds }) => {
    timings[timings.length - 1].seconds = seconds;
    return outcome;
  });
  const imported = await timed(
    'Survey import (streamed CSV)',
    expected.rows,
    async (advance) => {
      const report = (await client.upload(`/campaigns/${campaign.id}/imports`, file, 'text/csv')) as {
        id: string;
        counts: DemoResult['importCounts'];
      };
      advance(expected.rows);
      return report;
    },
    (r) =>
      `${r.counts.accepted.toLocaleString('en-US')} accepted, ${r.counts.rejected} rejected, ${r.counts.duplicates} duplicates`,
  );

  // 4. The worker aggregates while the judging goes on (they share nothing); rankings are fresh when every
  // industry's snapshot holds every stored row. Its step is shown once the judging is done.
  const importedAt = process.hrtime.bigint();
  const aggregation = (async () => {
    for (;;) {
      const q = await client.call<{
        industries: {
          counts: {
            stored: number;
            valid: number;
            excluded: { speeding: number };
            flagged: { straightLining: number };
            duplicates: number;
          };
        }[];
      }>('GET', `/campaigns/${campaign.id}/data-quality`);
      const sum = (f: (c: (typeof q.industries)[number]['counts']) => number) =>
        q.industries.reduce((n, i) => n + f(i.counts), 0);
      const stored = sum((c) => c.stored);
      if (stored === expected.stored && q.industries.length === plan.industries.length) {
        return {
          seconds: Number(process.hrtime.bigint() - importedAt) / 1e9,
          stored,
          valid: sum((c) => c.valid),
          speeding: sum((c) => c.excluded.speeding),
          straightLining: sum((c) => c.flagged.straightLining),
          duplicates: sum((c) => c.duplicates),
        };
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  })();

  // 5. Judging: 15 judges (one lenient, one harsh), declared conflicts, two rounds on the CCCS-OP 2003 rubric.
  await client.call('POST', `/campaigns/${campaign.id}/transitions`, { to: 'judging' });
  const rand = seededRandom(o.seed + 17);
  // Organizers appoint judges with a file: each address without an account is invited by email and its
  // profile waits for it; each judge then accepts the emailed link, choosing a password, and is signed in.
  const judges = await timed('Judges invited (file) and joined', JUDGES, async (advance) => {
    const people = Array.from({ length: JUDGES }, (_, i) => ({
      email: `judge-${slug}-${i}@example.org`,
      displayName: `Judge ${i + 1}${i === LENIENT ? ' (lenient)' : i === HARSH ? ' (harsh)' : ''}`,
      password: `demo-judge-password-${i}`,
      bias: i === LENIENT ? 0.14 : i === HARSH ? -0.14 : (rand() - 0.5) * 0.06,
    }));
    const file = judgesCsv(
      people.map((j, i) => ({
        displayName: j.displayName,
        email: j.email,
        language: i % 3 === 0 ? 'en' : 'zh',
        title: 'Customer-care assessor',
        expertiseIndustries: [
          plan.industries[i % plan.industries.length].code,
          plan.industries[(i + 5) % plan.industries.length].code,
        ],
        affiliations: [],
      })),
    );
    const { status, body } = await postFile(`${o.base}/judges/import`, client.token, file);
    if (status !== 201) throw new Error(`judges import: ${status} ${JSON.stringify(body).slice(0, 500)}`);
    return inParallel(people, concurrency, async ({ email, displayName, password, bias }) => {
      const token = await o.mailedToken('staff-invitation', email);
      const joined = await client.call<{ accessToken: string; user: { id: string } }>(
        'POST',
        '/auth/invitations/accept',
        { token, displayName, password },
        '',
      );
      advance(1);
      return { id: joined.user.id, email, displayName, password, token: joined.accessToken, bias };
    });
  });
  const panelEntrants = plan.enterprises.filter((e) => e.entersPanel);
  // Two judges declare conflicts (a former employer, a client) with panel entrants.
  for (const [judge, entrant] of [
    [judges[2], panelEntrants[0]],
    [judges[3], panelEntrants[1 % panelEntrants.length]],
  ] as const) {
    await client.call(
      'POST',
      '/judging/conflicts',
      { enterpriseId: enterpriseIds[entrant.index], reason: 'Former employer of the judge (2019-2024)' },
      judge.token,
    );
  }
  const rubric = (
    await client.call<{ id: string; key: string; latestVersion: number }[]>('GET', '/rubrics')
  ).find((r) => r.key === 'cccs-op-2003');
  if (!rubric) throw new Error('The CCCS-OP 2003 rubric is not seeded');
  const version = await client.call<{ categories: { items: RubricItem[] }[] }>(
    'GET',
    `/rubrics/${rubric.id}/versions/${rubric.latestVersion}`,
  );
  const items = version.categories.flatMap((c) => c.items);
  const qualityOf = new Map(plan.enterprises.map((e) => [enterpriseIds[e.index], e.quality]));
  const round = async (name: string, stageType: string, shownFields: string[], advancementRule?: object) =>
    (
      await client.call<{ id: string }>('POST', `/campaigns/${campaign.id}/rounds`, {
        categoryId: panelCategory,
        name,
        stageType,
        rubricId: rubric.id,
        rubricVersion: rubric.latestVersion,
        judgesPerEntrant: 3,
        aggregationMethod: 'trimmed-mean',
        // Each round shows its judges the part of the entry it judges: the case, then the site-visit pack.
        materials: { shownFields },
        ...(advancementRule && { advancementRule }),
      })
    ).id;
  const review = await round('Document review', 'document-review', DOCUMENT_REVIEW_FIELDS, {
    kind: 'top-n',
    n: 5,
    perIndustry: true,
  });
  const visit = await round('Site visit', 'site-visit', SITE_VISIT_FIELDS);
  let documentsRead = 0;
  /** The rounds each judge was assigned in: the judge printed for signing in scored in both. */
  const assignedIn = new Map<string, Set<string>>();

  const judgeRound = async (roundId: string, stage: string, seed: number) => {
    await client.call('PUT', `/rounds/${roundId}/panel`, {
      judges: judges.map((j, i) => ({ judgeId: j.id, chair: i === 4 })),
    });
    await client.call('POST', `/rounds/${roundId}/assignments/automatic`, { seed });
    await client.call('POST', `/rounds/${roundId}/transitions`, { to: 'open' });
    const work = (
      await inParallel(judges, concurrency, async (j) =>
        (
          await client.call<{ assignmentId: string; roundId: string; entrantId: string }[]>(
            'GET',
            '/judging/assignments',
            undefined,
            j.token,
          )
        )
          .filter((a) => a.roundId === roundId)
          .map((a) => ({ ...a, judge: j })),
      )
    ).flat();
    const entrants = await client.call<{ id: string; enterpriseId: string }[]>(
      'GET',
      `/rounds/${roundId}/entrants`,
    );
    const enterpriseOf = new Map(entrants.map((e) => [e.id, e.enterpriseId]));
    for (const a of work) assignedIn.set(a.judge.id, (assignedIn.get(a.judge.id) ?? new Set()).add(roundId));
    await timed(stage, work.length, (advance) =>
      inParallel(work, concurrency, async (a) => {
        // A judge sees the centre's real quality (0-1 from the survey's latent scale) through its own bias.
        const q = ((qualityOf.get(enterpriseOf.get(a.entrantId) as string) ?? 7) - 3) / 6.6;
        const values = Object.fromEntries(
          items.map((item) => {
            const share = Math.min(1, Math.max(0, q + a.judge.bias + (rand() - 0.5) * 0.16));
            return [item.code, Math.round(item.scaleMin + share * (item.scaleMax - item.scaleMin))];
          }),
        );
        // Read first, then add: `documentsRead += await ...` would add to the value read before the wait.
        const { documents } = await readDossier(client, a.assignmentId, a.judge.token);
        documentsRead += documents;
        await client.call('PUT', `/judging/assignments/${a.assignmentId}/sheet`, { values }, a.judge.token);
        await client.call('POST', `/judging/assignments/${a.assignmentId}/sheet/submit`, {}, a.judge.token);
        advance();
      }),
    );
    await client.call('POST', `/rounds/${roundId}/transitions`, { to: 'closed' });
    await client.call('POST', `/rounds/${roundId}/transitions`, { to: 'finalised' });
  };
  await judgeRound(review, 'Round 1: document review sheets', 1);
  await judgeRound(visit, 'Round 2: site visit sheets', 2);

  const { seconds: aggregationSeconds, ...quality } = await timed(
    'Aggregation into rankings',
    expected.stored,
    async (advance) => {
      const q = await aggregation;
      advance(expected.stored);
      return q;
    },
    (q) => `fresh ${q.seconds.toFixed(1)} s after the import, during the judging`,
  );
  timings[timings.length - 1].seconds = aggregationSeconds;

  // 6. Winners: proposed, confirmed, announced.
  await timed('Winners confirmed and announced', 1, async (advance) => {
    await client.call('POST', `/campaigns/${campaign.id}/transitions`, { to: 'deciding' });
    const proposals = await client.call<
      { categoryId: string; evidenceHash: string; proposal: { problems: string[] } }[]
    >('GET', `/campaigns/${campaign.id}/awards/proposals`);
    for (const p of proposals) {
      await client.call('POST', `/campaigns/${campaign.id}/awards/categories/${p.categoryId}/decisions`, {
        evidenceHash: p.evidenceHash,
        ...(p.proposal.problems.length > 0 && { justification: 'Not awarded: no proposal could be made.' }),
      });
    }
    await client.call('POST', `/campaigns/${campaign.id}/announcement`, {});
    advance();
  });

  const published = await client.call<{
    categories: { name: string; groups: { industryCode: string | null; winners: DemoWinner[] }[] }[];
  }>('GET', `/public/campaigns/${slug}`, undefined, '');
  const winners = new Map(
    published.categories.map((k) => [k.name, new Map(k.groups.map((g) => [g.industryCode, g.winners]))]),
  );
  // 7. Who a person can sign in as afterwards: a judge of both rounds, a panel entrant's contact (two entries).
  const judge =
    judges.find((j, i) => i !== LENIENT && i !== HARSH && assignedIn.get(j.id)?.size === 2) ??
    judges.find((j) => assignedIn.has(j.id)) ??
    judges[0];
  const entrant = panelEntrants[0];
  const signIns: DemoSignIns = {
    judge: {
      email: judge.email,
      password: judge.password,
      who: { en: judge.displayName, zh: judge.displayName.replace('Judge', '评委') },
    },
    enterprise: {
      email: contactEmail(entrant),
      password: entrantPassword(entrant),
      who: { en: entrant.legalName, zh: entrant.legalNameZh },
    },
    organizer: o.organizer,
  };
  return {
    signIns,
    campaignId: campaign.id,
    slug,
    plan,
    expected,
    enterpriseIds,
    importCounts: imported.counts,
    entries: { ...entries, readByJudges: documentsRead },
    dataQuality: quality,
    winners,
    timings,
    publicUrl: `${o.base}/results/${slug}`,
  };
}
