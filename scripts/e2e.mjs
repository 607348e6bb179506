// Runs the Playwright tests against the built app in Debian's Chromium (never a downloaded
// browser). Without Chromium: outside CI a loud skip, in CI a failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const line = `No Chromium at ${chromium}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`;
  if (process.env.CI) {
    console.error(`\n!!! e2e: ${line} In CI the browser tests must run, so this is a failure.\n`);
    process.exit(1);
  }
  console.warn(`\n${'!'.repeat(78)}\n!!! e2e SKIPPED: ${line}\n${'!'.repeat(78)}\n`);
  process.exit(0);
}

const run = (command, args) => {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: chromium },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
// E2E_CLIENT_DIR gives a run its own build (and E2E_PORT its own server), so runs can overlap.
const outDir = process.env.E2E_CLIENT_DIR;
if (!process.env.E2E_BASE_URL)
  run('npx', ['vite', 'build', '--logLevel', 'warn', ...(outDir ? ['--outDir', outDir] : [])]);
run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
