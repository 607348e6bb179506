/**
 * The benchmark's rows, in table order. A later issue adds its figure here as one entry (board,
 * overview, snapshots, exports): a BenchRow (bench/row.ts), or trpcQueryRows() for a tRPC query
 * with its raw SQL reference. Online rows run in this order with the server up on the imported
 * portfolio; offline rows after it has stopped.
 */
import type { BenchRow } from '../row.ts';
import { boardRows } from './board.ts';
import { clientRow } from './client.ts';
import { cooperationRows } from './cooperation.ts';
import { importRows } from './import.ts';
import { listRows } from './list.ts';
import { mixedLoadRow } from './mixed-load.ts';
import { openDataRows } from './open-data.ts';
import { memoryRows, restartRow, rssUnderLoadRow } from './server-process.ts';
import { situationRows } from './situation.ts';
import { snapshotRows } from './snapshots.ts';

export const ROWS: BenchRow[] = [
  ...listRows,
  ...boardRows,
  ...situationRows,
  ...cooperationRows,
  ...openDataRows,
  ...importRows,
  ...memoryRows,
  rssUnderLoadRow,
  ...snapshotRows,
  restartRow,
  clientRow,
  // Last of the online rows: its writes churn the read cache, and the rows above measure without that.
  mixedLoadRow,
];
