import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { eventually } from '../eventually';

export interface CaughtMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** The Content-Language header: `zh-CN` or `en`. */
  language: string;
  /** The platform's template name (the X-Care-Awards-Template header). */
  template: string;
}

/**
 * A real SMTP server in the test process (`smtp-server`), which keeps what it receives. `refuse` makes it answer
 * the next messages with a temporary (4xx) or permanent (5xx) refusal, as a server that is busy or says no.
 */
export class TestSmtpServer {
  readonly messages: CaughtMail[] = [];
  private refusals: { code: number; left: number } | null = null;
  /** How many messages it refused so far. */
  refused = 0;

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(): Promise<TestSmtpServer> {
    const holder: { self?: TestSmtpServer } = {};
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        const refusal = holder.self?.takeRefusal();
        simpleParser(stream)
          .then((parsed) => {
            if (refusal) {
              const error = new Error(refusal >= 500 ? 'Mailbox unavailable' : 'Try again later');
              (error as Error & { responseCode: number }).responseCode = refusal;
              return callback(error);
            }
            const to = [parsed.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address ?? ''));
            holder.self?.messages.push({
              to,
              from: parsed.from?.value[0]?.address ?? '',
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              messageId: parsed.messageId ?? '',
              language: headerText(parsed.headers.get('content-language')),
              template: headerText(parsed.headers.get('x-care-awards-template')),
            });
            callback();
          })
          .catch((e: Error) => callback(e));
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holder.self = new TestSmtpServer(server, (server.server.address() as AddressInfo).port);
    return holder.self;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Refuse the next `times` messages with `code` (421/451: try later; 550: never). */
  refuse(code: number, times: number): void {
    this.refusals = { code, left: times };
  }

  to(address: string): CaughtMail[] {
    return this.messages.filter((m) => m.to.includes(address.toLowerCase()));
  }

  /** Waits until `count` messages went to `address`, and returns them. */
  async waitFor(address: string, count = 1, ms = 20_000): Promise<CaughtMail[]> {
    return eventually(
      () => {
        const got = this.to(address);
        return Promise.resolve(got.length >= count ? got : undefined);
      },
      ms,
      `${count} message(s) to ${address}`,
    );
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private takeRefusal(): number | null {
    if (!this.refusals || this.refusals.left <= 0) return null;
    this.refusals.left--;
    this.refused++;
    return this.refusals.code;
  }
}

/** The path and query of an absolute link in a message, to ask the API under test for it. */
export function pathOf(link: string): string {
  const url = new URL(link);
  return url.pathname + url.search;
}

/** The first link in a plain-text message that starts with `base`. */
export function linkIn(text: string, base: string): string {
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}\\S*`).exec(text);
  if (!match) throw new Error(`No link at ${base} in:\n${text}`);
  return match[0];
}

function headerText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
