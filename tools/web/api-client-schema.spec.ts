import { readFileSync } from 'node:fs';
import { API_CLIENT_SCHEMA, renderApiClientSchema } from './api-client-schema';

describe("The web application's generated API client", () => {
  it('matches the API as it is now (run `npm run api:client` after changing a controller or DTO)', async () => {
    const committed = readFileSync(API_CLIENT_SCHEMA, 'utf8');
    const current = await renderApiClientSchema();
    // A plain equality: a diff of a 10,000-line file in jest's output helps nobody, the message says what to do.
    if (committed !== current) {
      throw new Error(
        'apps/web/src/api/schema.d.ts is stale: run `npm run api:client` and commit the result',
      );
    }
    expect(current).toContain('"/auth/login"');
  }, 60000);
});
