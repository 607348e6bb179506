// Preloaded into the server under test (node --import): its event-loop delay, without touching
// the server's code. On SIGUSR2 it writes what it saw since the last signal to
// BENCH_LOOP_LAG_FILE (max and 99th percentile in ms, with a sequence number) and starts anew.
import { renameSync, writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const file = process.env.BENCH_LOOP_LAG_FILE;
if (file) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let seq = 0;
  process.on('SIGUSR2', () => {
    seq += 1;
    const ms = (ns) => Math.round(ns / 1e4) / 100;
    // Written aside and renamed over: the bench polls the file, and must never read it half written.
    writeFileSync(
      `${file}.tmp`,
      JSON.stringify({ seq, maxMs: ms(delay.max), p99Ms: ms(delay.percentile(99)) }),
    );
    renameSync(`${file}.tmp`, file);
    delay.reset();
  });
}
