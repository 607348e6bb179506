import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection, for after a large piece of work such as a 10,000-record import.
 *
 * Such an import allocates a few hundred megabytes that are all garbage once it ends (the
 * parsed file, the validated records, the statements' JSON), but V8 collects its old space
 * only when more allocation asks for it: an idle server kept 450 MB resident on PostgreSQL
 * (650 MB on PGlite) for as long as it stayed idle, against 90 MB (370 MB) after a restart.
 * One collection right after the import gives most of it back to the system within a tenth of
 * a second; it stops the event loop for about 100 ms, which a 10-second import can afford.
 *
 * `gc` is V8's own function, reached the way test runners reach it (Jest's leak detection
 * does the same): enabling `--expose-gc` at run time and reading it from a fresh context, so
 * no launcher needs a flag. Nothing else in the server calls it.
 */
export function releaseMemory(): void {
  collector()?.();
}

let cached: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (cached === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      cached = runInNewContext('gc') as () => void;
    } catch {
      cached = null; // a runtime without it: the memory comes back at the next collection instead
    }
  }
  return cached;
}
