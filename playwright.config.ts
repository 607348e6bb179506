import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
const external = process.env.E2E_BASE_URL;
export const E2E_PASSWORD = 'e2e-demo-password';

/**
 * Browser tests against the built app served by the real server on a fresh PGlite folder
 * with the demo portfolio. Debian's Chromium, never a downloaded one.
 */
export default defineConfig({
  testDir: './e2e',
  // Its own folder: Playwright empties it at start, and test-results/ also holds Vitest's report.
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: external ?? `http://127.0.0.1:${port}`,
    locale: 'fi-FI',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  webServer: external
    ? undefined
    : {
        command: 'npx tsx server/main.ts --demo',
        url: `http://127.0.0.1:${port}/healthz`,
        timeout: 120_000,
        reuseExistingServer: false,
        stdout: 'pipe',
        env: {
          PORT: String(port),
          HOST: '127.0.0.1',
          DATA_DIR: mkdtempSync(join(tmpdir(), 'digisalkku-e2e-')),
          DEMO_PASSWORD: E2E_PASSWORD,
          DATABASE_URL: '',
          ...(process.env.E2E_CLIENT_DIR ? { CLIENT_DIR: process.env.E2E_CLIENT_DIR } : {}),
        },
      },
});
