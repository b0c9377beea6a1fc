/**
 * A local mail catcher for `npm start` and the demo when no SMTP_URL is set: an SMTP server on 127.0.0.1
 * (`smtp-server`) that keeps every message in memory instead of passing it on, and a small web page that lists
 * them and shows each one (`mailparser` reads them). Nothing leaves the machine.
 */
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort, portAnswers } from './local-infra';

export interface CaughtMessage {
  id: number;
  receivedAt: Date;
  from: string;
  to: string[];
  subject: string;
  language: string;
  /** The platform's template name (its X-Care-Awards-Template header), '' for other mail. */
  template: string;
  messageId: string;
  text: string;
  html: string;
}

export interface MailCatcher {
  /** What the worker's SMTP_URL points at. */
  smtpUrl: string;
  /** Where a person reads what was sent. */
  viewerUrl: string;
  messages: CaughtMessage[];
  stop: () => Promise<void>;
}

/** Written by the worker's transport (TEMPLATE_HEADER in @app/mail), read here without importing the app. */
const TEMPLATE_HEADER = 'x-care-awards-template';

/** The newest this many; a long demo sends thousands, and the catcher is for looking, not for keeping. */
const KEEP = 2000;

/** The conventional ports (1025, 1080) when free, else any free ones. */
async function portNear(preferred: number): Promise<number> {
  return (await portAnswers(preferred)) ? freePort() : preferred;
}

/**
 * `ports: 'any'` takes free ports at once (tests, beside a running `npm start`); by default the conventional
 * ones when free, so the address a person reads in the README is the one they get.
 */
export async function startMailCatcher(
  options: { ports?: 'conventional' | 'any' } = {},
): Promise<MailCatcher> {
  const anyPort = options.ports === 'any';
  const messages: CaughtMessage[] = [];
  let next = 1;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = [parsed.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address ?? ''));
          const language = parsed.headers.get('content-language');
          const template = parsed.headers.get(TEMPLATE_HEADER);
          messages.unshift({
            id: next++,
            receivedAt: new Date(),
            from: parsed.from?.text ?? '',
            to: to.length ? to : session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            language: typeof language === 'string' ? language : '',
            template: typeof template === 'string' ? template : '',
            messageId: parsed.messageId ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
          });
          messages.splice(KEEP);
          callback();
        })
        .catch((e: Error) => callback(e));
    },
  });
  const wantedSmtpPort = anyPort ? 0 : await portNear(1025);
  await new Promise<void>((resolve, reject) => {
    smtp.server.once('error', reject);
    smtp.listen(wantedSmtpPort, '127.0.0.1', resolve);
  });
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  const http = createServer((request, response) => serve(messages, request, response));
  const httpPort = anyPort ? 0 : await portNear(1080);
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(httpPort, '127.0.0.1', resolve);
  });
  const port = (http.address() as AddressInfo).port;
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    viewerUrl: `http://localhost:${port}/`,
    messages,
    stop: () =>
      Promise.all([close(http), new Promise<void>((r) => smtp.close(() => r()))]).then(() => undefined),
  };
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

function serve(messages: CaughtMessage[], request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
    response.writeHead(status, {
      'content-type': `${type}; charset=utf-8`,
      'cache-control': 'no-store',
      ...headers,
    });
    response.end(body);
  };
  if (url.pathname === '/') return send(200, 'text/html', listPage(messages));
  if (url.pathname === '/api/messages') return send(200, 'application/json', JSON.stringify(messages));
  const match = /^\/messages\/(\d+)(\/html)?$/.exec(url.pathname);
  const message = match && messages.find((m) => m.id === Number(match[1]));
  if (!message)
    return send(404, 'text/html', page('未找到 · Not found', '<p>未找到该邮件 · No such message</p>'));
  // A message's own HTML, framed by the message page: no scripts, no requests but to itself and images.
  if (match[2])
    return send(200, 'text/html', message.html || `<pre>${escape(message.text)}</pre>`, {
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; img-src data: https: http:; sandbox",
    });
  return send(200, 'text/html', messagePage(message));
}

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
  body { font-family: -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC',
         'WenQuanYi Zen Hei', sans-serif; margin: 0; background: #f4f5f7; color: #1f2933; }
  header { background: #0b5394; color: #fff; padding: 14px 24px; font-size: 18px; }
  header a { color: #fff; text-decoration: none; }
  main { padding: 20px 24px; max-width: 1100px; }
  table { border-collapse: collapse; width: 100%; background: #fff; }
  th, td { text-align: left; padding: 8px 10px; border-bottom: 1px solid #e4e7eb; font-size: 14px; vertical-align: top; }
  th { background: #eef2f7; font-weight: 600; }
  td a { color: #0b5394; text-decoration: none; }
  .muted { color: #7b8794; font-size: 13px; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; background: #fff; padding: 14px; margin: 0 0 16px; }
  dt { color: #52606d; } dd { margin: 0; }
  iframe { width: 100%; height: 560px; border: 1px solid #e4e7eb; background: #fff; }
  pre { white-space: pre-wrap; background: #fff; padding: 14px; border: 1px solid #e4e7eb; }
  h2 { font-size: 15px; margin: 20px 0 8px; }`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body><header><a href="/">Care Awards · 本地邮件 Local mail</a></header><main>${body}</main></body></html>`;
}

function listPage(messages: CaughtMessage[]): string {
  const rows = messages
    .map(
      (m) => `<tr><td class="muted">${m.receivedAt.toISOString().replace('T', ' ').slice(0, 19)}</td>
<td>${escape(m.to.join(', '))}</td><td><a href="/messages/${m.id}">${escape(m.subject || '(无主题 · no subject)')}</a></td>
<td class="muted">${escape(m.language)}</td></tr>`,
    )
    .join('\n');
  return page(
    '收件箱 · Inbox',
    `<p class="muted">这里显示平台发出的全部邮件；它们不会离开本机。 · Every message the platform sent; none leaves this machine.
 (${messages.length})</p>
<table><thead><tr><th>时间 Time (UTC)</th><th>收件人 To</th><th>主题 Subject</th><th>语言 Language</th></tr></thead>
<tbody>${rows || '<tr><td colspan="4" class="muted">暂无邮件 · No mail yet</td></tr>'}</tbody></table>`,
  );
}

function messagePage(m: CaughtMessage): string {
  return page(
    m.subject,
    `<p><a href="/">← 返回收件箱 · Back to the inbox</a></p>
<dl><dt>主题 Subject</dt><dd>${escape(m.subject)}</dd><dt>发件人 From</dt><dd>${escape(m.from)}</dd>
<dt>收件人 To</dt><dd>${escape(m.to.join(', '))}</dd><dt>时间 Received</dt><dd>${m.receivedAt.toISOString()}</dd>
<dt>语言 Language</dt><dd>${escape(m.language)}</dd><dt>模板 Template</dt><dd>${escape(m.template)}</dd><dt>Message-ID</dt><dd class="muted">${escape(m.messageId)}</dd></dl>
<h2>HTML</h2><iframe src="/messages/${m.id}/html" sandbox title="HTML"></iframe>
<h2>纯文本 Plain text</h2><pre>${escape(m.text)}</pre>`,
  );
}
