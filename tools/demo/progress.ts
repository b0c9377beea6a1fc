/**
 * Progress bars for the demo's long steps. On a terminal a bar redraws in place; elsewhere (CI, a test, a
 * file) each step prints one line when it starts and one when it ends, so logs stay readable.
 */
export interface Progress {
  step(name: string, total: number): Step;
}

export interface Step {
  advance(by?: number): void;
  /** Ends the step; returns its duration in seconds. */
  done(note?: string): number;
}

const WIDTH = 28;

export function terminalProgress(out: NodeJS.WriteStream = process.stdout): Progress {
  const live = Boolean(out.isTTY);
  return {
    step(name, total) {
      const started = process.hrtime.bigint();
      let count = 0;
      let drawnAt = 0;
      const draw = () => {
        const share = total > 0 ? Math.min(1, count / total) : 1;
        const filled = Math.round(share * WIDTH);
        out.write(
          `\r  ${name.padEnd(34)} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)} % ${count.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`,
        );
      };
      if (live) draw();
      else out.write(`  ${name}: ${total.toLocaleString('en-US')} to do\n`);
      return {
        advance(by = 1) {
          count += by;
          const now = Date.now();
          if (live && (now - drawnAt > 80 || count >= total)) {
            drawnAt = now;
            draw();
          }
        },
        done(note = '') {
          count = total;
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          if (live) draw();
          out.write(
            `${live ? '' : `  ${name}:`} done in ${seconds.toFixed(1)} s${note ? ` (${note})` : ''}\n`,
          );
          return seconds;
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
