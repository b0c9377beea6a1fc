import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The README's API tour as one bash script: its `sh` blocks, in order, under a prelude that stops at the
 * first failing command and makes every `curl` fail on an answer of 400 or more. The README stays the one
 * copy of the tour; `npm run tour` and readme-tour.e2e-spec.ts both run it from there, so it cannot rot.
 */
export function tourScript(readme: string): string {
  const start = readme.indexOf('\n## API tour');
  if (start < 0) throw new Error('README.md has no "## API tour" section');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
  const prelude = [
    'set -euo pipefail',
    // 4xx and 5xx answers fail the command (and so the tour), printing the error body
    'curl() { command curl --fail-with-body --show-error "$@"; }',
  ];
  return [...prelude, ...blocks].join('\n');
}

/** Runs the tour in `cwd` with `env`; resolves with its exit code and output. */
export function runTour(
  readme: string,
  options: { cwd: string; env: NodeJS.ProcessEnv; onOutput?: (text: string) => void },
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const bash = spawn('bash', ['-c', tourScript(readme)], { cwd: options.cwd, env: options.env });
    let output = '';
    const take = (chunk: Buffer) => {
      output += chunk.toString();
      options.onOutput?.(chunk.toString());
    };
    bash.stdout.on('data', take);
    bash.stderr.on('data', take);
    bash.on('error', reject);
    bash.on('close', (code) => resolve({ code, output }));
  });
}

if (require.main === module) {
  const root = join(__dirname, __dirname.includes('/dist/') ? '../..' : '..');
  void runTour(readFileSync(join(root, 'README.md'), 'utf8'), {
    cwd: root,
    env: process.env,
    onOutput: (text) => process.stdout.write(text),
  }).then(({ code }) => {
    process.stdout.write(
      code === 0 ? '\nThe API tour ran to its end.\n' : `\nThe API tour stopped (exit ${code}).\n`,
    );
    process.exitCode = code ?? 1;
  });
}
