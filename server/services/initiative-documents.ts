/**
 * Whole lists of initiatives as an export reads them: three JSON documents (the rows, their
 * milestones, their EU impacts: db/json-rows.ts) read by the condition itself, and the pure step
 * that makes them initiatives. The step needs no database, so an export can hand the documents
 * to a worker thread and go on reading (export/xlsx-job.ts).
 */
import { eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import { euActs, euImpacts, initiatives, milestones } from '../../drizzle/schema/index.ts';
import type { Initiative } from '../../shared/initiative.ts';
import type { Db } from '../db/database.ts';
import { jsonDocument, rowsOfDocument } from '../db/json-rows.ts';
import { DERIVED_INITIATIVE_COLUMNS, initiativeFromRows } from './initiative-row.ts';
import type { ScoringContext } from './scoring-context.ts';

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * The columns an initiative is read from: all but the derived search and sort keys, whose text
 * (the search vector above all) was most of what a read of 10,000 moved and parsed.
 */
export const READ_COLUMNS = Object.fromEntries(
  Object.entries(getTableColumns(initiatives)).filter(
    ([key]) => !(DERIVED_INITIATIVE_COLUMNS as readonly string[]).includes(key),
  ),
) as Omit<
  ReturnType<typeof getTableColumns<typeof initiatives>>,
  (typeof DERIVED_INITIATIVE_COLUMNS)[number]
>;
const MILESTONE_COLUMNS = getTableColumns(milestones);
const IMPACT_COLUMNS = { ...getTableColumns(euImpacts), euActShortName: euActs.shortName };

export type InitiativeRows = {
  rows: (typeof initiatives.$inferSelect)[];
  milestoneRows: (typeof milestones.$inferSelect)[];
  impactRows: { impact: typeof euImpacts.$inferSelect; euActShortName: string }[];
};

/** Initiatives from their rows, milestones and impacts, in the order of `rows`. */
export function assembleInitiatives(
  { rows, milestoneRows, impactRows }: InitiativeRows,
  today: string,
  scoring: ScoringContext,
  author: (id: string, version: number) => string | null = () => null,
): Initiative[] {
  const milestonesOf = groupBy(milestoneRows, (m) => m.initiativeId);
  const impactsOf = groupBy(
    impactRows.map((i) => ({ ...i.impact, euActShortName: i.euActShortName })),
    (i) => i.initiativeId,
  );
  return rows.map((row) =>
    initiativeFromRows(
      row,
      milestonesOf.get(row.id) ?? [],
      impactsOf.get(row.id) ?? [],
      today,
      { createdBy: author(row.id, 1), updatedBy: author(row.id, row.version) },
      scoring,
    ),
  );
}

/** The three JSON documents of the initiatives a condition selects, in `order`. */
export interface InitiativeDocuments {
  rows: string;
  milestones: string;
  impacts: string;
}

export async function selectedInitiativeDocuments(
  db: Db,
  where: SQL | undefined,
  order: SQL[],
): Promise<InitiativeDocuments> {
  const condition = where ? sql`where ${where}` : sql``;
  const selected = sql`(select ${initiatives.id} from ${initiatives} ${condition})`;
  return {
    rows: await jsonDocument(db, READ_COLUMNS, sql`from ${initiatives} ${condition}`, order),
    milestones: await jsonDocument(
      db,
      MILESTONE_COLUMNS,
      sql`from ${milestones} where ${milestones.initiativeId} in ${selected}`,
    ),
    impacts: await jsonDocument(
      db,
      IMPACT_COLUMNS,
      sql`from ${euImpacts} join ${euActs} on ${eq(euActs.id, euImpacts.euActId)} where ${euImpacts.initiativeId} in ${selected}`,
    ),
  };
}

/** The initiatives of the documents, without their authors (no file shows them). No database. */
export function initiativesFromDocuments(
  documents: InitiativeDocuments,
  today: string,
  scoring: ScoringContext,
): Initiative[] {
  const impacts = rowsOfDocument<InitiativeRows['impactRows'][number]['impact'] & { euActShortName: string }>(
    IMPACT_COLUMNS,
    documents.impacts,
  );
  return assembleInitiatives(
    {
      rows: rowsOfDocument(READ_COLUMNS, documents.rows),
      milestoneRows: rowsOfDocument(MILESTONE_COLUMNS, documents.milestones),
      impactRows: impacts.map(({ euActShortName, ...impact }) => ({ impact, euActShortName })),
    },
    today,
    scoring,
  );
}
