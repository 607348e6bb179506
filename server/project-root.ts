import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding package.json, found by walking up from this module: it is server/ when run
 * from source (tsx, tests) and dist/server/ when compiled, so files the server reads at run time
 * (migrations, package.json, the built client) are named from here, not from the module's URL.
 */
function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json in ${from} or above it.`);
  }
}

export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the project: `projectPath('drizzle', 'migrations')`. */
export const projectPath = (...parts: string[]): string => join(PROJECT_ROOT, ...parts);
