import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../config.ts';

const LOCK_FILE = 'digisalkku.lock';

// Locks this process holds: our own pid in a lock file is ours only if we really took it here
// (after a container restart, a leftover file may carry the pid we happen to have now).
const held = new Set<string>();

/**
 * PGlite is a single-process database: two servers on one folder would corrupt it. The lock
 * file holds the owner's process id; a lock left by a dead process is taken over.
 */
export function acquireDataDirLock(dataDir: string): { release(): void } {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  if (held.has(path)) {
    throw new ConfigError(
      `The data folder ${dataDir} is in use by process ${process.pid} (this one). Stop that server or set DATA_DIR to another folder.`,
    );
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      held.add(path);
      return {
        release: () => {
          held.delete(path);
          rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(readFileSync(path, 'utf8'), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
        throw new ConfigError(
          `The data folder ${dataDir} is in use by process ${owner}. Stop that server or set DATA_DIR to another folder.`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new ConfigError(`Cannot lock the data folder ${dataDir}; remove ${path} if no server is running.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
