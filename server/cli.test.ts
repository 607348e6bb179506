import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, initiatives } from '../drizzle/schema/index.ts';
import type { ExportDocument } from '../shared/export-format.ts';
import { main } from './cli.ts';
import type { Database } from './db/database.ts';
import { createTestDatabase } from './test/test-database.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./test/fixtures/', import.meta.url));
let database: Database;
let folder: string;
let closed = 0;

/** Runs the CLI in-process on the test database; the database stays open for the next call. */
async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    openDatabase: async () => ({
      ...database,
      close: async () => {
        closed += 1;
      },
    }),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  database = await createTestDatabase();
  folder = mkdtempSync(join(tmpdir(), 'digisalkku-cli-'));
});
afterAll(async () => {
  await database.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('command line', () => {
  it('answers 2 with the usage for wrong arguments', async () => {
    for (const args of [
      [],
      ['frobnicate'],
      ['import'],
      ['import', 'a', 'b'],
      ['import', 'x.csv', '--format', 'pdf'],
      ['export', 'x', '--dry-run'],
    ]) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toMatch(/Usage:/);
    }
    expect((await cli('import', join(folder, 'missing.csv'))).err).toMatch(/There is no file/);
  });

  it('imports with a dry run first, guesses the format, prints problems, and closes the database', async () => {
    const file = join(FIXTURES, 'initiatives-fi.csv');
    const closedBefore = closed;
    const dry = await cli('import', file, '--dry-run');
    expect(dry).toMatchObject({ code: 0, err: '' });
    expect(dry.out).toMatch(/^Dry run \(csv\): 2 created, 0 updated, 0 unchanged, 0 rejected\./);
    expect(dry.out).toMatch(/warning: Unknown column "huomautus" was ignored\./);
    expect(await database.db.$count(initiatives)).toBe(0);

    const real = await cli('import', file);
    expect(real.out).toMatch(/^Imported \(csv\): 2 created/);
    expect(real.code).toBe(0);
    expect(await database.db.$count(auditEvents)).toBe(2);
    expect(closed - closedBefore).toBe(2);

    const hankeikkuna = await cli('import', join(FIXTURES, 'hankeikkuna-invalid.json'));
    expect(hankeikkuna.code).toBe(1);
    expect(hankeikkuna.out).toMatch(
      /^Import refused, nothing was written \(hankeikkuna\): 1 created, 0 updated, 0 unchanged, 1 rejected\./,
    );
    expect(hankeikkuna.out).toMatch(
      /record 2 \(STM020:00\/2025\): rejected: Title in Finnish: The Finnish text is required\./,
    );

    const broken = join(folder, 'broken.json');
    writeFileSync(broken, '{"format": "digisalkku", "formatVersion": 1, "initiatives": [');
    const result = await cli('import', broken, '--format=digisalkku');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/not valid JSON/);
  });

  it('exports the portfolio to a file', async () => {
    const target = join(folder, 'export.json');
    const result = await cli('export', target);
    expect(result).toMatchObject({ code: 0, out: `Exported 2 initiatives and 0 EU acts to ${target}.` });
    const document = JSON.parse(readFileSync(target, 'utf8')) as ExportDocument;
    expect(document.initiatives.map((i) => i.title.fi).sort()).toEqual([
      'Datatalouden kansallinen toimintaohjelma',
      'Kyberturvallisuusstrategian toimeenpano; vaihe 2',
    ]);
  });

  it('runs as `tsx server/cli.ts` on a PGlite data folder', () => {
    const dataDir = join(folder, 'data');
    const exportFile = join(folder, 'spawned.json');
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' };
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
        cwd: ROOT,
        env,
        encoding: 'utf8',
      });
    const imported = run('import', join(FIXTURES, 'hankeikkuna-partial.json'));
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/^Imported \(hankeikkuna\): 3 created/);
    expect(imported.stdout).toMatch(/guessed Lead ministry: TEM, from the project number prefix/);
    const exported = run('export', exportFile);
    expect(exported.status).toBe(0);
    expect((JSON.parse(readFileSync(exportFile, 'utf8')) as ExportDocument).initiatives).toHaveLength(3);
    expect(run('import', exportFile, '--dry-run').stdout).toMatch(
      /^Dry run \(digisalkku\): 0 created, 0 updated, 3 unchanged/,
    );
  }, 60_000);
});
