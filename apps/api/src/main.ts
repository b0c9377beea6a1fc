import 'reflect-metadata';
import { exitOnFailure } from '@app/common';
import { environment } from '@app/config';
import { createApiApp } from './create-api-app';
import { applyHeapSettings } from './heap-settings';

async function main(): Promise<void> {
  applyHeapSettings();
  const env = environment();
  const app = await createApiApp();
  await app.listen({ port: env.PORT, host: env.HOST });
}

main().catch((error: unknown) => exitOnFailure(error));
