// `npm run build` (after the client), `npm start`, `npm run cli` and the benchmark: compiles the
// server's entry points (server/main.ts, server/cli.ts, the XLSX worker) into one JavaScript bundle each in
// dist/server/, so the server starts without compiling TypeScript first. Packages stay external
// (they load from node_modules); everything of ours (server/, shared/, drizzle/schema) is bundled.
// Files the server reads at run time are found from the project root (server/project-root.ts).
//
//   node scripts/build-server.mjs             build
//   node scripts/build-server.mjs --if-stale  build only when a source is newer than the bundle, silently
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SERVER_OUT = join(ROOT, 'dist/server');
export const SERVER_MAIN = join(SERVER_OUT, 'main.js');
export const CLIENT_INDEX = join(ROOT, 'dist/client/index.html');
// The XLSX export's worker thread is an entry of its own (dist/server/export/xlsx-worker.js).
const ENTRIES = ['server/main.ts', 'server/cli.ts', 'server/export/xlsx-worker.ts'];

/** The newest modification time of the files under `paths` (folders walked), 0 when none exist. */
export function newest(...paths) {
  let latest = 0;
  for (const path of paths.map((p) => join(ROOT, p))) {
    if (!existsSync(path)) continue;
    const info = statSync(path);
    latest = Math.max(
      latest,
      info.isDirectory()
        ? newest(...readdirSync(path).map((name) => relative(ROOT, join(path, name))))
        : info.mtimeMs,
    );
  }
  return latest;
}

const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

/** Whether dist/server is missing or older than a source of the server, or than the lock file. */
export function serverIsStale() {
  const sources = newest(
    'server',
    'shared',
    'drizzle/schema',
    'package-lock.json',
    'scripts/build-server.mjs',
  );
  return ENTRIES.some(
    (entry) => builtAt(join(SERVER_OUT, `${entry.slice('server/'.length, -3)}.js`)) < sources,
  );
}

/** Whether dist/client is missing or older than a source of the client, or than the lock file. */
export function clientIsStale() {
  const sources = newest('client', 'shared', 'package-lock.json', 'vite.config.ts');
  return builtAt(CLIENT_INDEX) < sources;
}

/**
 * Bundles the entry points (ESM for Node 20, source maps beside them). Each file is written
 * next to its place and renamed over it, so a server starting meanwhile never reads half a bundle.
 */
export async function buildServer({ quiet = false } = {}) {
  const started = performance.now();
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: SERVER_OUT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    write: false,
    logLevel: 'warning',
  });
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
  if (!quiet) {
    const ms = Math.round(performance.now() - started);
    console.log(`digisalkku: built the server into ${relative(ROOT, SERVER_OUT)}/ in ${ms} ms.`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const ifStale = process.argv.includes('--if-stale');
  if (!ifStale || serverIsStale()) await buildServer({ quiet: ifStale });
}
