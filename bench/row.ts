/**
 * What a benchmark row is. A row is one line of the table: a figure, its budget per engine and
 * whether it is within it. Later issues add their rows (board, overview, snapshots, exports) as
 * one entry each in bench/rows/index.ts, usually built with the helpers of bench/rows/trpc.ts.
 */
import type { PortfolioDocument } from './portfolio.ts';
import type { RawLoadResult } from './raw-load.ts';
import type { RawQuery } from './raw-queries.ts';
import type { BenchServer } from './server.ts';
import type { LatencyStats, LoadOptions } from './stats.ts';

export type Engine = 'pglite' | 'postgres';
export type Unit = 'ms' | 's' | 'MB' | 'KB' | '×';

export interface Figure {
  value: number;
  /** One line saying what the value is made of (percentiles, counts, what was compared). */
  detail?: string;
  /** Anything else worth keeping in the results file. */
  extra?: Record<string, unknown>;
  /** Set when the figure cannot be trusted (errors, a reference that found other rows): CHECK, not PASS. */
  problem?: string;
}

export interface BenchRow {
  /** Stable key in the results file. */
  id: string;
  /** The line in the table. */
  name: string;
  unit: Unit;
  /** The most the figure may be, per engine; a row without a budget is printed only. */
  budget?: Partial<Record<Engine, number>>;
  /**
   * When it is measured: `online` with the server running on the imported portfolio, in table
   * order; `offline` after the server has stopped (on PGlite the data folder is then free for
   * the raw SQL reference), in table order.
   */
  phase: 'online' | 'offline';
  measure(context: BenchContext): Promise<Figure>;
}

/** What the fixed steps before the rows observed: the import that loads the data, the restart. */
export interface Lifecycle {
  httpImport: { seconds: number; summary: Record<string, number>; bytes: number };
  readsDuringImport: LatencyStats;
  /** The server's event-loop delay while the import ran (monitorEventLoopDelay, bench/loop-lag.mjs). */
  loopLagDuringImport: { maxMs: number; p99Ms: number } | null;
  rssAfterImportMb: number;
  restartSeconds: number;
  rssAfterStartMb: number;
}

export interface BenchContext {
  engine: Engine;
  quick: boolean;
  portfolio: PortfolioDocument;
  /** The portfolio as the file that was imported. */
  portfolioFile: string;
  /** A scratch folder of this run, removed at the end. */
  workDir: string;
  load: LoadOptions;
  lifecycle: Lifecycle;
  /** The running server (online rows only). */
  server: BenchServer;
  /** The raw SQL reference of a query under the same load, through the server's driver (offline rows only). */
  rawLoad(query: RawQuery, concurrency: number): Promise<RawLoadResult>;
  /** The figures of the rows measured so far, by row id. */
  figures: Map<string, Figure>;
  /** A fresh, empty database for the server's environment (a PGlite folder or a PostgreSQL schema). */
  freshDatabaseEnv(name: string): Promise<NodeJS.ProcessEnv>;
}
