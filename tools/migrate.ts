/** `npm run migration:run|revert|show`: migrations as their own step, never on API boot. */
import { exitOnFailure } from '@app/common';
import { hasPendingMigrations, revertLastMigration, runMigrations } from '@app/database';

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/care_awards';

async function main(command: string | undefined): Promise<void> {
  if (command === 'run') {
    const applied = await runMigrations(url);
    process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'No pending migrations\n');
  } else if (command === 'revert') {
    await revertLastMigration(url);
    process.stdout.write('Reverted the last migration\n');
  } else if (command === 'show') {
    process.stdout.write(
      (await hasPendingMigrations(url)) ? 'Migrations are pending\n' : 'Schema is up to date\n',
    );
  } else {
    throw new Error('usage: migrate run|revert|show');
  }
}

main(process.argv[2]).catch((error: unknown) => exitOnFailure(error));
