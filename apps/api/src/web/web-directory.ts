import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The folder holding package.json, found by walking up from this file, so the same answer holds for the
 * compiled code (dist/...), the sources under test and the Docker image (/app).
 */
export function repositoryRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('no package.json above ' + __dirname);
    dir = parent;
  }
  return dir;
}

/** Where `npm run build` writes the web workspaces: dist/web beside the package.json. */
export function webDirectory(): string {
  return join(repositoryRoot(), 'dist', 'web');
}
