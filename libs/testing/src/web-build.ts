import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const WEB_SOURCES = join(ROOT, 'apps', 'web');
const WEB_OUT = join(ROOT, 'dist', 'web');
const STAMP = join(WEB_OUT, '.sources-sha256');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** One hash over the workspaces' sources and the shared rubric arithmetic they bundle. */
function sourcesHash(): string {
  const hash = createHash('sha256');
  const files = [...filesUnder(WEB_SOURCES), ...filesUnder(join(ROOT, 'libs', 'judging', 'src', 'rubrics'))];
  for (const file of files.sort()) hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex');
}

/**
 * The browser tests load the built workspaces from dist/web, as production does. CI runs `npm test` without
 * `npm run build`, so the test setup builds them, once, and only when the sources changed since the last build.
 */
export function ensureWebBuilt(log: (message: string) => void): void {
  const hash = sourcesHash();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) return;
  log('building the web workspaces (vite)');
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      join(WEB_SOURCES, 'vite.config.mts'),
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  writeFileSync(STAMP, hash);
}
