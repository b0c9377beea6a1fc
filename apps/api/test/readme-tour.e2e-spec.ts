import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listenLocally, stopApiAndWorker, TEST_ORGANIZER } from '@app/testing';
import { startMailCatcher } from '../../../tools/mail-catcher';
import { runTour, tourScript } from '../../../tools/readme-tour';
import { startFreshApiAndWorker } from './test-apps';

const ROOT = join(__dirname, '../../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe("The README's API tour", () => {
  it('leaves nothing for a person to fill in: no <placeholder>, no fixed date', () => {
    const script = tourScript(README);
    expect(script.match(/<[a-z][a-z-]*>/gi) ?? []).toEqual([]);
    // dates come from `at N`; the only fixed ones are the sample files' May 2027, which the tour restamps
    expect(script.match(/"20\d\d-\d\d-\d\dT[^"]*"/g) ?? []).toEqual([]);
  });

  it('runs verbatim against the app, every request answered below 400', async () => {
    // The tour reads its links from mail as a person would: the worker sends to npm start's catcher.
    const catcher = await startMailCatcher({ ports: 'any' });
    const smtpUrl = process.env.SMTP_URL;
    process.env.SMTP_URL = catcher.smtpUrl;
    const apps = await startFreshApiAndWorker().finally(() => {
      if (smtpUrl === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = smtpUrl;
    });
    const cwd = mkdtempSync(join(tmpdir(), 'care-tour-'));
    try {
      symlinkSync(join(ROOT, 'examples'), join(cwd, 'examples'));
      const { code, output } = await runTour(README, {
        cwd,
        env: {
          PATH: process.env.PATH,
          API: await listenLocally(apps.api),
          ORGANIZER_EMAIL: TEST_ORGANIZER.email,
          ORGANIZER_PASSWORD: TEST_ORGANIZER.password,
          MAIL: catcher.viewerUrl,
        },
      });
      if (code !== 0) throw new Error(`the tour stopped (exit ${code}):\n${output.slice(-1200)}`);
      // what it wrote is what the README says: both exports and the public page
      expect(readFileSync(join(cwd, 'candidacies.csv'), 'utf8')).toMatch(/^\uFEFFid,category,categoryZh/);
      expect(readFileSync(join(cwd, 'results.xlsx')).subarray(0, 2).toString()).toBe('PK');
      expect(readFileSync(join(cwd, 'rejections.csv'), 'utf8')).toContain('SAT1');
      expect(readFileSync(join(cwd, 'results.html'), 'utf8')).toContain('Shenzhen Example Telecom Group');
      // the people it walked in by mail: two verified registrations, two invited judges
      const templates = catcher.messages.map((m) => `${m.template} ${m.to.join()}`);
      expect(templates).toEqual(
        expect.arrayContaining([
          'email-verification li.wei@example.cn',
          'email-verification wang.fang@example.cn',
          'staff-invitation judge@example.org',
          'staff-invitation judge.two@example.org',
        ]),
      );
    } finally {
      rmSync(cwd, { recursive: true, force: true });
      await stopApiAndWorker(apps);
      await catcher.stop();
    }
  }, 180_000);
});
