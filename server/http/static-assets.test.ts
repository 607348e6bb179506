import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { createTestDatabase } from '../test/test-database.ts';
import { createApp } from './app.ts';

/**
 * During a rolling deploy an old instance is asked for a new chunk name: answering the app's
 * HTML as an immutable asset would poison every cache on the way for a year.
 */
let database: Database;
let clientDir: string;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  database = await createTestDatabase();
  clientDir = mkdtempSync(join(tmpdir(), 'digisalkku-client-'));
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>digisalkku</title>');
  writeFileSync(join(clientDir, 'assets', 'index-abc123.js'), 'console.log(1)');
  app = createApp({ database, version: 'test', sessionHours: 1, secureCookies: false, clientDir });
});
afterAll(async () => {
  rmSync(clientDir, { recursive: true, force: true });
  await database.close();
});

describe('the built client', () => {
  it('answers a missing asset with 404, never the app page, and forbids caching it', async () => {
    const response = await app.request('/assets/nonexistent.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
  });

  it('marks only existing hashed assets immutable', async () => {
    const response = await app.request('/assets/index-abc123.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('serves the app page for client routes and the root with no-cache', async () => {
    for (const path of ['/', '/index.html', '/initiatives?ministry=LVM', '/initiatives/123']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(await response.text(), path).toContain('<title>digisalkku</title>');
    }
  });
});
