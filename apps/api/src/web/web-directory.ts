import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Where `npm run build` writes the web workspaces: dist/web beside the package.json, found by walking up
 * from this file, so the same answer holds for the compiled API (dist/apps/...), the tests (sources) and
 * the Docker image (/app).
 */
export function webDirectory(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('no package.json above ' + __dirname);
    dir = parent;
  }
  return join(dir, 'dist', 'web');
}
