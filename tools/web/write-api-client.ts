import { writeFileSync } from 'node:fs';
import { API_CLIENT_SCHEMA, renderApiClientSchema } from './api-client-schema';

/** `npm run api:client`: regenerates the web application's API types after a controller or DTO changed. */
async function main(): Promise<void> {
  writeFileSync(API_CLIENT_SCHEMA, await renderApiClientSchema());
  process.stdout.write(`Wrote ${API_CLIENT_SCHEMA}\n`);
  process.exit(0);
}

void main();
