import 'reflect-metadata';
import { exitOnFailure } from '@app/common';
import { environment } from '@app/config';
import { createApiApp } from './create-api-app';

async function main(): Promise<void> {
  const env = environment();
  const app = await createApiApp();
  await app.listen({ port: env.PORT, host: env.HOST });
}

main().catch((error: unknown) => exitOnFailure(error));
