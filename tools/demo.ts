/**
 * `npm run demo`: a year's campaign in one command, on the same embedded defaults as `npm start`. Runs the
 * scenario of tools/demo/demo-scenario.ts through the real API and worker, prints the winners per industry,
 * the data-quality counts (the platform's beside a direct count of the generated file), the timings and the
 * public page, then leaves the platform running until Ctrl-C (`--exit` stops at the end).
 *
 *   npm run demo -- [--scale 0.1] [--seed 2027] [--exit]
 */
import { join, resolve } from 'node:path';
import { exitOnFailure } from '@app/common';
import { Client } from './http-client';
import { openMailbox } from './mailbox';
import { launchPlatform } from './platform';
import { DemoResult, runDemo } from './demo/demo-scenario';
import { alignRight, fitColumns } from './demo/columns';
import { terminalProgress } from './demo/progress';
import { signInLines } from './demo/sign-ins';

const ROOT = resolve(__dirname, '..');
const log = (message: string) => process.stdout.write(`[demo] ${message}\n`);

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const fmt = (n: number) => n.toLocaleString('en-US');
// by terminal columns, not characters: Chinese names take two columns a character
const pad = fitColumns;

function printWinners(result: DemoResult, industries: Map<string, { name: string; nameZh: string }>): void {
  const [survey, panel] = [...result.winners.keys()];
  process.stdout.write(`\nWinners (${survey} | ${panel})\n`);
  for (const { code } of result.plan.industries) {
    const i = industries.get(code);
    const s = (result.winners.get(survey)?.get(code) ?? [])
      .map((w) => `${w.name.replace(/ Co\., Ltd\..*$/, '')} (CSI ${w.figures.csi})`)
      .join('; ');
    const p = (result.winners.get(panel)?.get(code) ?? [])
      .map((w) => `${w.name.replace(/ Co\., Ltd\..*$/, '')} (${w.figures.panelScore}, ${w.figures.band})`)
      .join('; ');
    process.stdout.write(
      `  ${pad(`${i?.name ?? code} ${i?.nameZh ?? ''}`, 40)} ${pad(s || 'none', 70)} | ${p || 'none'}\n`,
    );
  }
}

function printQuality(result: DemoResult): void {
  const x = result.expected;
  const rows: [string, number, number][] = [
    ['rows in the file', result.importCounts.received, x.rows],
    ['accepted (stored)', result.importCounts.accepted, x.stored],
    ['duplicates turned away', result.importCounts.duplicates, x.duplicates],
    ['malformed rows rejected', result.importCounts.rejected, x.malformed],
    ['excluded as speeders', result.dataQuality.speeding, x.speeders],
    ['flagged straight-lining', result.dataQuality.straightLining, x.straightLiners],
    ['valid responses', result.dataQuality.valid, x.stored - x.speeders],
  ];
  process.stdout.write('\nData quality            platform    direct count of the file\n');
  for (const [label, platform, direct] of rows) {
    process.stdout.write(
      `  ${pad(label, 24)} ${alignRight(fmt(platform), 10)} ${alignRight(fmt(direct), 12)}${platform === direct ? '' : '  (differs)'}\n`,
    );
  }
}

async function main(): Promise<void> {
  const scale = Number(option('scale') ?? 1);
  const seed = Number(option('seed') ?? 2027);
  if (!(scale > 0 && scale <= 1) || !Number.isInteger(seed)) {
    throw new Error('--scale must be in (0, 1] and --seed a whole number');
  }
  const started = Date.now();
  const platform = await launchPlatform({
    log,
    childOutput: 'ignore',
    // Every demo enterprise registers from this one address: the per-address login limit would stop it.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', AUTH_RATE_LIMIT: '100000' },
  });
  log(`Platform ready at ${platform.base}; running a campaign at scale ${scale} (seed ${seed})`);
  const mailbox = await openMailbox(platform.databaseUrl);
  const result = await runDemo({
    mailedToken: (template, to) => mailbox.tokenFor(template, to),
    base: platform.base,
    organizer: platform.organizer,
    scale,
    seed,
    workDir: join(ROOT, '..', '.data', 'demo'),
    progress: terminalProgress(),
  })
    .catch((error: Error) => platform.stopAll(1, `the demo failed: ${error.message}`).then(() => null))
    .finally(() => mailbox.close());
  if (!result) return;
  const reference = await new Client(platform.base).call<{
    industries: { code: string; name: string; nameZh: string }[];
  }>('GET', '/reference-data');
  printWinners(result, new Map(reference.industries.map((i) => [i.code, i])));
  printQuality(result);
  process.stdout.write('\nTimings\n');
  for (const t of result.timings)
    process.stdout.write(`  ${pad(t.stage, 36)} ${t.seconds.toFixed(1).padStart(7)} s\n`);
  process.stdout.write(
    `  ${pad('total, with the platform start', 36)} ${((Date.now() - started) / 1000).toFixed(1).padStart(7)} s\n`,
  );
  process.stdout.write(
    `\nPublic results: ${result.publicUrl}   (中文: ${result.publicUrl}?lang=zh)\n` +
      `\n${signInLines(platform.base, result.signIns).join('\n')}\n\n` +
      (platform.mailViewer
        ? `Mail the platform sent (local catcher, nothing left this machine): ${platform.mailViewer}\n`
        : ''),
  );
  if (process.argv.includes('--exit')) {
    process.stdout.write(
      'The accounts stay in the database: they sign in again whenever the platform runs (npm start).\n' +
        '这些账号保存在数据库中：平台再次运行（npm start）时即可登录。\n',
    );
    await platform.stopAll(0);
  } else
    process.stdout.write('The platform keeps running; stop it with Ctrl-C. 平台保持运行，按 Ctrl-C 停止。\n');
}

main().catch((error: unknown) => exitOnFailure(error, '[demo] '));
