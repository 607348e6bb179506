import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, initiatives, users } from '../drizzle/schema/index.ts';
import type { ExportDocument } from '../shared/export-format.ts';
import { main } from './cli.ts';
import { type Database, openPglite } from './db/database.ts';
import { auditHistory } from './services/audit.ts';
import { login } from './services/auth.ts';
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

describe('user command', () => {
  const PASSWORD = 'kolme karhua ja seitsemän omenapuuta';

  /** The CLI in-process with DIGISALKKU_PASSWORD (or none) and what standard input would give. */
  async function userCli(options: { env?: string; stdin?: string }, ...args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    let asked = 0;
    const code = await main(args, {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      env: options.env ? { DIGISALKKU_PASSWORD: options.env } : {},
      readPassword: async () => {
        asked += 1;
        return options.stdin ?? '';
      },
      openDatabase: async () => ({ ...database, close: async () => {} }),
    });
    return { code, out: out.join('\n'), err: err.join('\n'), asked };
  }

  it('creates the first admin with the password from DIGISALKKU_PASSWORD, who can then sign in', async () => {
    const result = await userCli(
      { env: PASSWORD },
      'user',
      'add',
      '--username',
      'Paa.Kayttaja',
      '--role',
      'admin',
    );
    expect(result).toMatchObject({ code: 0, err: '', asked: 0 });
    expect(result.out).toBe('Created admin paa.kayttaja (paa.kayttaja); they can sign in now.');
    const session = await login(database.db, 'paa.kayttaja', PASSWORD, 1);
    expect(session.user).toMatchObject({ role: 'admin', ministry: null });
    const [event] = await auditHistory(database.db, 'user', session.user.id);
    expect(event).toMatchObject({ action: 'create', actorName: 'Command line', actorId: null });
  });

  it('reads the password from standard input when the variable is not set, and lists the users', async () => {
    const added = await userCli(
      { stdin: PASSWORD },
      'user',
      'add',
      '--username=eeva.lvm',
      '--role=editor',
      '--ministry',
      'LVM',
      '--display-name',
      'Eeva Editori',
    );
    expect(added).toMatchObject({
      code: 0,
      asked: 1,
      out: 'Created editor (LVM) eeva.lvm (Eeva Editori); they can sign in now.',
    });
    const list = await userCli({}, 'user', 'list');
    expect(list.code).toBe(0);
    expect(list.out.split('\n')).toEqual(
      expect.arrayContaining([
        'eeva.lvm\teditor (LVM)\tactive\tEeva Editori',
        'paa.kayttaja\tadmin\tactive\tpaa.kayttaja',
      ]),
    );
    const json = JSON.parse((await userCli({}, 'user', 'list', '--json')).out) as { username: string }[];
    expect(json.map((user) => user.username)).toContain('eeva.lvm');
    expect(JSON.stringify(json)).not.toMatch(/scrypt/);
  });

  it('refuses a password in the arguments, and other wrong usage, with exit code 2', async () => {
    for (const args of [
      ['user'],
      ['user', 'remove'],
      ['user', 'add', '--role', 'admin'],
      ['user', 'add', '--username', 'x.y'],
      ['user', 'add', '--username', 'x.y', '--role', 'admin', '--password', 'hunter2hunter2hunter2'],
      ['user', 'add', '--username', 'x.y', '--role', 'admin', '--password=hunter2hunter2hunter2'],
      ['user', 'list', '--all'],
    ]) {
      const result = await userCli({ env: PASSWORD }, ...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toMatch(/Usage:/);
    }
    expect(
      (await userCli({}, 'user', 'add', '--username', 'x.y', '--role', 'admin', '--password', 'p')).err,
    ).toMatch(/^Never give a password on the command line/);
  });

  it('refuses what the web form refuses, naming the option, and creates nothing', async () => {
    const cases: [string[], string | undefined, RegExp][] = [
      [['--role', 'editor'], PASSWORD, /^--ministry: An editor edits the initiatives of one ministry/],
      [['--role', 'superuser'], PASSWORD, /^--role: /],
      [['--role', 'viewer'], 'lyhyt', /^password: A password needs at least 15 characters/],
      [['--role', 'viewer'], 'PasswordPassword', /^password: This password is on a list of common/],
      [['--role', 'viewer'], undefined, /^No password: set DIGISALKKU_PASSWORD/],
    ];
    for (const [options, password, message] of cases) {
      const result = await userCli(
        { env: password },
        'user',
        'add',
        '--username',
        'hylatty.kayttaja',
        ...options,
      );
      expect(result.code, options.join(' ')).toBe(1);
      expect(result.err, options.join(' ')).toMatch(message);
    }
    const taken = await userCli(
      { env: PASSWORD },
      'user',
      'add',
      '--username',
      'eeva.lvm',
      '--role',
      'viewer',
    );
    expect(taken).toMatchObject({
      code: 1,
      err: '--username: The user name eeva.lvm is already in use; choose another.',
    });
    expect((await userCli({}, 'user', 'list')).out).not.toMatch(/hylatty/);
  });

  it('runs as `tsx server/cli.ts user add` on a new production database, the password piped in', async () => {
    const dataDir = join(folder, 'users');
    const added = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'server/cli.ts', 'user', 'add', '--username', 'ensimmainen', '--role', 'admin'],
      {
        cwd: ROOT,
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', DIGISALKKU_PASSWORD: '' },
        input: `${PASSWORD}\n`,
        encoding: 'utf8',
      },
    );
    expect(added.stderr).toBe('');
    expect(added.stdout).toBe('Created admin ensimmainen (ensimmainen); they can sign in now.\n');
    expect(added.status).toBe(0);
    // Only the user made here: the command line never seeds demo users or a portfolio.
    const production = await openPglite(dataDir);
    try {
      expect(await production.db.select({ username: users.username, demo: users.demo }).from(users)).toEqual([
        { username: 'ensimmainen', demo: false },
      ]);
      expect(await production.db.$count(initiatives)).toBe(0);
      expect((await login(production.db, 'ensimmainen', PASSWORD, 1)).user.role).toBe('admin');
    } finally {
      await production.close();
    }
  }, 120_000);
});
