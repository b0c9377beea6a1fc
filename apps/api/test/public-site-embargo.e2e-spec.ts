import type { INestApplicationContext } from '@nestjs/common';
import { as, AwardsSetup, confirmedAwardsCampaign, stopApiAndWorker, TestApi } from '@app/testing';
import { PublishedResponses } from '../src/public/published-responses';
import { startFreshApiAndWorker } from './test-apps';

/** Every public address under a campaign, with `{slug}` to fill in. */
const ADDRESSES = [
  '/results/{slug}',
  '/results/{slug}?lang=zh',
  '/results/{slug}/industries/telecom',
  '/results/{slug}/industries/telecom?metric=nps&lang=zh',
  '/results/{slug}/enterprises/{ref}',
  '/results/{slug}/methodology',
  '/results/{slug}/search?q=Enterprise',
  '/results/{slug}/search?q=%E7%A4%BA%E4%BE%8B&lang=zh',
  '/results/{slug}/figures.csv',
  '/results/{slug}/figures.json',
  '/public/campaigns/{slug}',
];

describe('The embargo on every public address', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let organizer: string;
  let s: AwardsSetup;

  beforeAll(async () => {
    ({ api, worker } = await startFreshApiAndWorker());
    ({ organizer, s } = await confirmedAwardsCampaign(api));
  });
  afterAll(() => stopApiAndWorker({ api, worker }));

  /** What an address answers, without what changes per request. */
  const answer = async (path: string) => {
    const res = await api.http
      .get(path)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    const { date, 'x-request-id': _id, ...headers } = res.headers as Record<string, string>;
    void date;
    void _id;
    // A JSON error names its request; nothing else may differ.
    const body = (res.body as Buffer).toString('utf8').replace(/"requestId":"[^"]+"/, '"requestId":"…"');
    return { status: res.status, headers, body };
  };

  it('answers each address of an unannounced campaign exactly as for a campaign that does not exist', async () => {
    // Any twelve-character reference: no enterprise's page exists before the announcement either.
    const fill = (path: string, slug: string) =>
      path.replace('{slug}', slug).replace('{ref}', 'abcdefghjkmn');
    for (const path of ADDRESSES) {
      const unannounced = await answer(fill(path, s.slug));
      const unknown = await answer(fill(path, 'no-such-campaign-2099'));
      expect({ path, status: unannounced.status }).toEqual({ path, status: 404 });
      expect({ path, ...unannounced }).toEqual({ path, ...unknown });
      for (const name of Object.values(s.names)) expect(unannounced.body).not.toContain(name);
    }
    for (const path of [
      '/certificates/AAAA-BBBB-CCCC-DDDD/certificate.pdf',
      '/certificates/AAAA-BBBB-CCCC-DDDD/badge.svg',
    ])
      expect((await answer(path)).status).toBe(404);
  });

  it('opens every address at the announcement, and only then', async () => {
    await api.http.post(`/campaigns/${s.campaignId}/announcement`).set(as(organizer)).expect(200);
    const published = (await api.http.get(`/public/campaigns/${s.slug}`).expect(200)).body;
    const ref = published.rankings[0].entries[0].ref as string;
    for (const path of ADDRESSES) {
      const res = await answer(path.replace('{slug}', s.slug).replace('{ref}', ref));
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
    }
    const code = published.categories[0].groups[0].winners[0].certificateCode as string;
    for (const path of [
      `/certificates/${code}`,
      `/certificates/${code}/certificate.pdf`,
      `/certificates/${code}/badge.svg`,
    ])
      expect({ path, status: (await answer(path)).status }).toEqual({ path, status: 200 });
    // From the second visit on, a published answer comes from memory, before every other hook: with the headers
    // and bytes of the first answer, which went the normal way (each address here is asked for the first time).
    const responses = api.app.get(PublishedResponses);
    const strip = (h: Record<string, string>) => ({ ...h, date: '', 'x-request-id': '' });
    const firstVisits = [
      [`/results/${s.slug}/industries/finance`, 'br'],
      [`/results/${s.slug}/industries/finance?lang=zh`, 'gzip'],
      [`/results/${s.slug}/industries/finance?metric=cli`, 'identity'],
      [`/results/${s.slug}/industries/telecom?metric=cli&lang=zh`, 'br'],
    ];
    for (const [path, encoding] of firstVisits) {
      expect(responses.lookup(path)).toBeUndefined();
      const first = await api.http.get(path).set('accept-encoding', encoding).buffer(true);
      expect(responses.lookup(path)).toBeDefined();
      const second = await api.http.get(path).set('accept-encoding', encoding).buffer(true);
      expect(strip(second.headers)).toEqual(strip(first.headers));
      expect(second.headers['x-request-id']).not.toBe(first.headers['x-request-id']);
      expect(second.headers['content-encoding']).toBe(encoding === 'identity' ? undefined : encoding);
      expect(second.headers['x-frame-options'] ?? second.headers['content-security-policy']).toBeDefined();
    }
    // From memory too: a 304 for the ETag just sent, HEAD without a body, and the same bytes as the first answer.
    const page = `/results/${s.slug}/industries/finance`;
    const sent = await api.http.get(page).set('accept-encoding', 'br').buffer(true);
    await api.http.get(page).set('accept-encoding', 'br').set('if-none-match', sent.headers.etag).expect(304);
    const head = await api.http.head(page).set('accept-encoding', 'br').expect(200);
    expect(head.headers['content-length']).toBe(sent.headers['content-length']);
    expect((await api.http.get(page).expect(200)).text).toContain('<h1>Finance</h1>');
    // A request with an Origin (CORS) goes the normal way, and gets CORS's answer for it.
    const cors = await api.http.get(page).set('origin', 'https://elsewhere.example').expect(200);
    expect(cors.headers.vary).toMatch(/Origin/);
    expect(responses.lookup(`/public/campaigns/${s.slug}`)).toBeDefined();
    expect(responses.lookup(`/results/${s.slug}/search?q=Enterprise`)).toBeUndefined();
    // Nor is an answer to a CORS request (its headers are that origin's), nor one under a made-up query string.
    const methodology = `/results/${s.slug}/methodology?lang=zh`;
    await api.http.get(methodology).set('origin', 'https://elsewhere.example').expect(200);
    expect(responses.lookup(methodology)).toBeUndefined();
    await api.http.get(methodology).expect(200);
    expect(responses.lookup(methodology)?.headers).not.toHaveProperty('access-control-allow-origin');
    await api.http.get(`/results/${s.slug}/methodology?x=1`).expect(200);
    expect(responses.lookup(`/results/${s.slug}/methodology?x=1`)).toBeUndefined();
    // An address in the campaign that names nothing published stays "not found".
    for (const path of [
      `/results/${s.slug}/industries/no-such`,
      `/results/${s.slug}/enterprises/abcdefghjkmn`,
    ])
      expect({ path, status: (await answer(path)).status }).toEqual({ path, status: 404 });
  });
});
