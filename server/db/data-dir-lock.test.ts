import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../config.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';

const LOCK_MODULE = fileURLToPath(new URL('./data-dir-lock.ts', import.meta.url));
let dataDir: string;
const lockFile = () => join(dataDir, 'digisalkku.lock');
const children: ChildProcess[] = [];

/** Another server: a separate process that takes the lock through the same code and keeps it. */
async function lockInAnotherProcess(dir: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `import { acquireDataDirLock } from ${JSON.stringify(LOCK_MODULE)};
       acquireDataDirLock(${JSON.stringify(dir)});
       console.log('locked');
       setInterval(() => {}, 1000);`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`The locking process ended early (${code}).`)));
  });
  return child;
}

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'digisalkku-lock-'));
});
afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe('acquireDataDirLock', () => {
  it('creates the folder, writes our process id and removes the lock on release', () => {
    const nested = join(dataDir, 'data', 'pglite');
    const lock = acquireDataDirLock(nested);
    const path = join(nested, 'digisalkku.lock');
    expect(readFileSync(path, 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(existsSync(path)).toBe(false);
    // Free again: it can be taken and released once more.
    acquireDataDirLock(nested).release();
  });

  it('refuses a folder another live process holds, naming that process', async () => {
    const other = await lockInAnotherProcess(dataDir);
    let error: unknown;
    try {
      acquireDataDirLock(dataDir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('in use by process');
    expect((error as Error).message).toContain(String(other.pid));
    expect(readFileSync(lockFile(), 'utf8')).toBe(String(other.pid));
  });

  it('refuses a second lock on the folder while this process holds the first', () => {
    const first = acquireDataDirLock(dataDir);
    try {
      expect(() => acquireDataDirLock(dataDir)).toThrow(ConfigError);
      expect(() => acquireDataDirLock(dataDir)).toThrow(/in use by process \d+/);
      expect(readFileSync(lockFile(), 'utf8')).toBe(String(process.pid));
    } finally {
      first.release();
    }
  });

  it('takes over a lock left by a process that no longer runs', () => {
    writeFileSync(lockFile(), '999999');
    const lock = acquireDataDirLock(dataDir);
    expect(readFileSync(lockFile(), 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(existsSync(lockFile())).toBe(false);
  });

  it('takes over a lock of a process that has just ended', async () => {
    const other = await lockInAnotherProcess(dataDir);
    const exited = new Promise((resolve) => other.once('exit', resolve));
    other.kill();
    await exited;
    // The killed process could not release: its lock file is stale.
    expect(readFileSync(lockFile(), 'utf8')).toBe(String(other.pid));
    const lock = acquireDataDirLock(dataDir);
    expect(readFileSync(lockFile(), 'utf8')).toBe(String(process.pid));
    lock.release();
  });

  it('takes over an empty or unreadable lock file (a crash between creating and writing it)', () => {
    for (const content of ['', 'not a pid']) {
      writeFileSync(lockFile(), content);
      const lock = acquireDataDirLock(dataDir);
      expect(readFileSync(lockFile(), 'utf8')).toBe(String(process.pid));
      lock.release();
    }
  });
});
