/**
 * `npm start`: runs the whole platform on a machine with nothing configured (see tools/platform.ts), prints
 * where everything is, and stops it all on Ctrl-C.
 */
import { exitOnFailure } from '@app/common';
import { launchPlatform } from './platform';

const log = (message: string) => process.stdout.write(`[start] ${message}\n`);

async function main(): Promise<void> {
  const { base, organizer, mailViewer } = await launchPlatform({ log, childOutput: 'inherit' });
  process.stdout.write(
    [
      '',
      'Care Awards is running.',
      `  Workspaces     ${base}/app/   (judges, enterprises and organizers sign in here)`,
      `  API            ${base}`,
      `  API docs       ${base}/docs   (OpenAPI JSON: ${base}/docs-json)`,
      `  Public page    ${base}/`,
      `  Queues         ${base}/admin/queues   (organizers: POST /admin/session first)`,
      `  Metrics        ${base}/metrics`,
      `  Health         ${base}/health/ready`,
      mailViewer
        ? `  Mail           ${mailViewer}   (local catcher: what the platform sent; nothing leaves this machine)`
        : `  Mail           sent through SMTP_URL`,
      `  Organizer      ${organizer.email} / ${organizer.password}`,
      '                 (sign in at /app/ with these, or POST /auth/login for a bearer token)',
      '  Stop with Ctrl-C.',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => exitOnFailure(error, '[start] '));
