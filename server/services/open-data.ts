/**
 * The open-data feed: the active initiatives with only the fields the field registry marks
 * `public` (shared/initiative-fields.ts) — titles, summaries, ministries, kind, status, stage,
 * themes, dates, EU acts —, in the spirit of the government project register's open API.
 * Never a priority, a score, either assessment, a budget, a contact, a link or a milestone:
 * those are `internal` or `restricted`, and a test holds every registry field to this rule.
 */
import { asc, isNull } from 'drizzle-orm';
import { initiatives } from '../../drizzle/schema/index.ts';
import type { Initiative } from '../../shared/initiative.ts';
import { type FieldDefinition, INITIATIVE_FIELD_REGISTRY } from '../../shared/initiative-fields.ts';
import type { Db } from '../db/database.ts';
import { dataVersion } from '../db/write-transaction.ts';
import { loadInitiatives } from './initiative.ts';

export const OPEN_DATA_FORMAT = 'digisalkku-open';
export const OPEN_DATA_FORMAT_VERSION = 1;

/** The registry's public fields, in its order: the feed's keys and the CSV's columns. */
export const PUBLIC_FIELDS: readonly FieldDefinition[] = INITIATIVE_FIELD_REGISTRY.filter(
  (definition) => definition.visibility === 'public',
);

const CHUNK = 500;

/**
 * An initiative as published. An EU impact goes out as its act, relation and deadline: its
 * note is the ministry's working text about the act, which the register does not publish.
 */
export function publicInitiative(initiative: Initiative): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const { key } of PUBLIC_FIELDS) {
    record[key] =
      key === 'euImpacts'
        ? initiative.euImpacts.map((impact) => ({
            euAct: impact.euActShortName,
            relation: impact.relation,
            deadline: impact.deadline,
          }))
        : initiative[key as keyof Initiative];
  }
  return record;
}

/** Initiatives stripped to what the CSV may show: the same public fields, EU notes removed. */
export function publishable(initiative: Initiative): Initiative {
  return { ...initiative, euImpacts: initiative.euImpacts.map((impact) => ({ ...impact, note: null })) };
}

export interface OpenInitiatives {
  dataVersion: number;
  initiatives: Initiative[];
}

/** Every active initiative by Finnish title, and the data version they were read at, in one snapshot. */
export function readOpenInitiatives(db: Db): Promise<OpenInitiatives> {
  return db.transaction(
    async (tx) => {
      const version = await dataVersion(tx);
      const rows = await tx
        .select({ id: initiatives.id })
        .from(initiatives)
        .where(isNull(initiatives.archivedAt))
        .orderBy(asc(initiatives.sortTitleFi), asc(initiatives.id));
      const loaded: Initiative[] = [];
      for (let i = 0; i < rows.length; i += CHUNK) {
        loaded.push(
          ...(await loadInitiatives(
            tx,
            rows.slice(i, i + CHUNK).map((row) => row.id),
          )),
        );
      }
      return { dataVersion: version, initiatives: loaded };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
