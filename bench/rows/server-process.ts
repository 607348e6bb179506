/** The server process: restart time on the imported data, and its memory (VmRSS / VmHWM). */
import type { BenchRow } from '../row.ts';

const RSS_BUDGET = { pglite: 600, postgres: 250 };

export const restartRow: BenchRow = {
  id: 'restart',
  name: 'restart on 10k data to the first healthy `/healthz`',
  unit: 's',
  budget: { pglite: 3, postgres: 3 },
  phase: 'online',
  async measure({ lifecycle }) {
    return {
      value: lifecycle.restartSeconds,
      detail: 'SIGTERM, then `node dist/server/main.js` until /healthz answers 200',
    };
  },
};

export const memoryRows: BenchRow[] = [
  {
    id: 'rss-after-start',
    name: 'server RSS after start on 10k data',
    unit: 'MB',
    budget: RSS_BUDGET,
    phase: 'online',
    async measure({ lifecycle }) {
      return {
        value: lifecycle.rssAfterStartMb,
        detail: 'VmRSS at the first healthy /healthz after the restart',
      };
    },
  },
  {
    id: 'rss-after-import',
    name: 'server RSS after the 10k import',
    unit: 'MB',
    budget: RSS_BUDGET,
    phase: 'online',
    async measure({ lifecycle }) {
      return { value: lifecycle.rssAfterImportMb, detail: 'VmRSS when the import has answered' };
    },
  },
];

/** Placed after the load rows: the peak since the restart covers all of them. */
export const rssUnderLoadRow: BenchRow = {
  id: 'rss-under-load',
  name: 'server RSS under load (peak)',
  unit: 'MB',
  budget: RSS_BUDGET,
  phase: 'online',
  async measure({ server }) {
    const { rssMb, peakMb } = server.memory();
    return {
      value: peakMb,
      detail: `VmHWM since the restart, over the load rows above; VmRSS now ${rssMb.toFixed(0)} MB`,
    };
  },
};
