import { Options, SingleBar } from 'cli-progress';
import { fitColumns } from './columns';

/**
 * Progress bars for the demo's long steps. On a terminal a bar redraws in place (cli-progress, which hides the
 * cursor while it draws and gives it back at the end, Ctrl-C included); elsewhere (CI, a test, a file) no
 * control character is written: each step prints one line when it starts and one when it ends.
 */
export interface Progress {
  step(name: string, total: number): Step;
}

export interface Step {
  advance(by?: number): void;
  /** Ends the step; returns its duration in seconds. */
  done(note?: string): number;
}

const NAME_COLUMNS = 34;
const count = (n: number) => n.toLocaleString('en-US');

function barOptions(out: NodeJS.WriteStream): Options {
  return {
    stream: out,
    format: '  {name} [{bar}] {percentage} % {count}/{all}{note}',
    barsize: 28,
    barCompleteChar: '#',
    barIncompleteChar: '.',
    hideCursor: true,
    gracefulExit: true,
    linewrap: false,
    fps: 12,
    formatValue: (value, _options, type) =>
      type === 'percentage' ? String(value).padStart(3) : String(value),
  };
}

export function terminalProgress(out: NodeJS.WriteStream = process.stdout): Progress {
  const live = Boolean(out.isTTY);
  return {
    step(name, total) {
      const started = process.hrtime.bigint();
      const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
      if (!live) {
        out.write(`  ${name}: ${count(total)} to do\n`);
        return {
          advance: () => undefined,
          done(note = '') {
            const s = seconds();
            out.write(`  ${name}: done in ${s.toFixed(1)} s${note ? ` (${note})` : ''}\n`);
            return s;
          },
        };
      }
      let value = 0;
      const bar = new SingleBar(barOptions(out));
      const payload = () => ({
        name: fitColumns(name, NAME_COLUMNS),
        count: count(value),
        all: count(total),
      });
      bar.start(Math.max(total, 1), 0, { ...payload(), note: '' });
      return {
        advance(by = 1) {
          value = Math.min(total, value + by);
          bar.update(value, payload());
        },
        done(note = '') {
          value = total;
          const s = seconds();
          bar.update(Math.max(total, 1), {
            ...payload(),
            note: ` done in ${s.toFixed(1)} s${note ? ` (${note})` : ''}`,
          });
          bar.stop();
          return s;
        },
      };
    },
  };
}

/** No output at all: for tests that run the demo and look only at what it returns. */
export const silentProgress: Progress = {
  step: () => {
    const started = process.hrtime.bigint();
    return { advance: () => undefined, done: () => Number(process.hrtime.bigint() - started) / 1e9 };
  },
};
