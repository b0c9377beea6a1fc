import { Writable } from 'node:stream';
import pino from 'pino';
import { PinoNestLogger, wantsPrettyLogs } from './logger';

describe('log format', () => {
  it('is readable only for a person: development on a terminal, unless told', () => {
    expect(wantsPrettyLogs('auto', 'development', true)).toBe(true);
    expect(wantsPrettyLogs('auto', 'development', false)).toBe(false);
    expect(wantsPrettyLogs('auto', 'production', true)).toBe(false);
    expect(wantsPrettyLogs('auto', 'test', true)).toBe(false);
    expect(wantsPrettyLogs('json', 'development', true)).toBe(false);
    expect(wantsPrettyLogs('pretty', 'production', false)).toBe(true);
  });

  it("writes Nest's boot lines at debug, everything else as it came", () => {
    const lines: { level: number; context: string; msg: string }[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()));
        done();
      },
    });
    const nest = new PinoNestLogger(pino({ level: 'debug' }, sink));
    nest.log('AppModule dependencies initialized', 'InstanceLoader');
    nest.log('Mapped {/users, POST} route', 'RouterExplorer');
    nest.log('Worker started; consuming queues', 'Worker');
    expect(lines.map((l) => [l.context, l.level])).toEqual([
      ['InstanceLoader', 20],
      ['RouterExplorer', 20],
      ['Worker', 30],
    ]);
  });
});
