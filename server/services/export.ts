import { asc } from 'drizzle-orm';
import { initiatives } from '../../drizzle/schema/index.ts';
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  type ExportDocument,
  toExportInitiative,
} from '../../shared/export-format.ts';
import type { InitiativeFilter } from '../../shared/initiative-filter.ts';
import type { Db } from '../db/database.ts';
import { listEuActs } from './eu-act.ts';
import { loadInitiatives } from './initiative.ts';
import { filterConditions } from './initiative-list.ts';
import { readDay } from './read-day.ts';

const CHUNK = 500;

/**
 * The whole portfolio in the digisalkku exchange format: every initiative (archived ones
 * flagged), with milestones, EU impacts by act short name, and board state; and the whole EU
 * act catalogue. Any signed-in user may call it (the route checks the session).
 */
export function exportPortfolio(
  db: Db,
  now: Date = new Date(),
  filter: InitiativeFilter | null = null,
): Promise<ExportDocument> {
  // One snapshot: an edit saved while the export runs is either wholly in the file or not at all.
  return db.transaction((tx) => readPortfolio(tx, now, filter), {
    isolationLevel: 'repeatable read',
    accessMode: 'read only',
  });
}

/**
 * The portfolio as read in `db` (a transaction, or a snapshot's: see atSnapshot), or only the
 * initiatives a filter selects (an export of a filtered view), with the whole catalogue.
 */
export async function readPortfolio(
  db: Db,
  now: Date,
  filter: InitiativeFilter | null = null,
): Promise<ExportDocument> {
  const rows = await db
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(filter ? filterConditions(filter, readDay()) : undefined)
    .orderBy(asc(initiatives.titleFi), asc(initiatives.id));
  const exported: ExportDocument['initiatives'] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const loaded = await loadInitiatives(
      db,
      rows.slice(i, i + CHUNK).map((r) => r.id),
    );
    for (const initiative of loaded) {
      exported.push(toExportInitiative(initiative));
    }
  }
  const acts = (await listEuActs(db)).map(({ id: _id, version: _version, ...act }) => act);
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    euActs: acts,
    initiatives: exported,
  };
}
