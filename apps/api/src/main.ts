import 'reflect-metadata';
import { environment } from '@app/config';
import { createApiApp } from './create-api-app';

async function main(): Promise<void> {
  const env = environment();
  const app = await createApiApp();
  await app.listen({ port: env.PORT, host: env.HOST });
}

main().catch((error: unknown) => {
  // Boot failures (a bad variable, an unreachable database) end the process with the reason on stderr.
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
