import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { offlineOpenApiDocument } from '../../apps/api/src/docs/offline-document';
import { repositoryRoot } from '../../apps/api/src/web/web-directory';

// Found the same way from the sources (tests) and from dist (npm run api:client).
const ROOT = repositoryRoot();

/** Where the web application's typed client reads the API's types from (generated: never edit by hand). */
export const API_CLIENT_SCHEMA = join(ROOT, 'apps', 'web', 'src', 'api', 'schema.d.ts');

const HEADER =
  "// Generated from the API's OpenAPI document by `npm run api:client`; never edit by hand.\n" +
  '// A unit test fails when this file and the API disagree.\n\n';

/** The TypeScript types of every path, operation and schema the API documents, as openapi-typescript writes them. */
export async function renderApiClientSchema(): Promise<string> {
  const document = JSON.stringify(await offlineOpenApiDocument());
  const types = execFileSync(process.execPath, [join(ROOT, 'tools', 'web', 'openapi-to-types.mjs')], {
    input: document,
    maxBuffer: 64 * 1024 * 1024,
  });
  return HEADER + types.toString('utf8');
}
