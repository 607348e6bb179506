/**
 * The first phase of an import: everything that can be decided by reading. Records are matched,
 * built, validated and checked against the database without writing a row, so a dry run (or a
 * file with one bad record) costs no writes, no rollback and no dead rows — which on PGlite,
 * without autovacuum, once bloated the data folder for good.
 */
import { randomUUID } from 'node:crypto';
import { inArray, or } from 'drizzle-orm';
import { euActs, initiatives } from '../../../drizzle/schema/index.ts';
import type { EuActData } from '../../../shared/eu-act.ts';
import type {
  ExportLinks,
  ImportEuActReport,
  ImportRecordReport,
  ImportReport,
} from '../../../shared/export-format.ts';
import { summarise } from '../../../shared/export-format.ts';
import { fieldPathLabel } from '../../../shared/field-paths.ts';
import { idSchema } from '../../../shared/id.ts';
import {
  type Initiative,
  type InitiativeData,
  initiativeInputSchema,
  toInitiativeData,
} from '../../../shared/initiative.ts';
import {
  diffInitiativeData,
  type FieldChange,
  type InitiativeAuditField,
  sameValue,
} from '../../../shared/initiative-changes.ts';
import { im } from '../../../shared/messages/import-report-messages.ts';
import { EMPTY_PRIORITY, type Priority } from '../../../shared/priority.ts';
import { validationLanguage, vm } from '../../../shared/validation-messages.ts';
import { yieldToEventLoop } from '../../db/bulk.ts';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../audit.ts';
import { loadInitiatives, stampAssessments } from '../initiative.ts';
import {
  type CatalogueWrites,
  currentLinks,
  type LinkWrite,
  linkChanges,
  linkReasons,
  planCatalogues,
} from './cooperation.ts';
import { type ImportPlan, issueReasons, type PlannedRecord } from './plan.ts';

/** What the database holds beside the fields: the board state and whether it is archived. */
interface MatchedState extends Priority {
  archived: boolean;
}

interface Matched {
  initiative: Initiative;
  state: MatchedState;
}

export interface PlannedCreate {
  id: string;
  data: InitiativeData;
  board: Priority;
  archived: boolean;
  changes: FieldChange<InitiativeAuditField>[];
}

export interface PlannedUpdate {
  current: Initiative;
  data: InitiativeData;
  /** Field changes and board changes, written as one `import` event. */
  changes: FieldChange<InitiativeAuditField>[];
  fieldsChanged: boolean;
  board: Priority;
  archived: boolean | null;
}

/** A validated import: its report, and — when every record was accepted — what to write. */
export interface ValidatedImport {
  report: ImportReport;
  newActs: { id: string; data: EuActData }[];
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  /** A version 2 digisalkku file's bodies and benchmarks, and the links it replaces. */
  catalogues: CatalogueWrites;
  links: LinkWrite[];
}

const recordId = idSchema();
const CHUNK = 1000;

/** The initiatives the records match: by id (digisalkku files), then by project number. */
async function findMatches(db: Db, records: PlannedRecord[]): Promise<Map<PlannedRecord, Matched>> {
  const ids = [
    ...new Set(records.map((r) => recordId.safeParse(r.id).data).filter((v): v is string => v !== undefined)),
  ];
  const numbers = [...new Set(records.map((r) => r.projectNumber).filter((n): n is string => !!n))];
  const rows: {
    id: string;
    projectNumber: string | null;
    tier: string;
    rank: string | null;
    scores: unknown;
    archivedAt: Date | null;
  }[] = [];
  for (let i = 0; i < Math.max(ids.length, numbers.length); i += CHUNK) {
    const idChunk = ids.slice(i, i + CHUNK);
    const numberChunk = numbers.slice(i, i + CHUNK);
    rows.push(
      ...(await db
        .select({
          id: initiatives.id,
          projectNumber: initiatives.projectNumber,
          tier: initiatives.tier,
          rank: initiatives.rank,
          scores: initiatives.scores,
          archivedAt: initiatives.archivedAt,
        })
        .from(initiatives)
        .where(
          or(
            idChunk.length > 0 ? inArray(initiatives.id, idChunk) : undefined,
            numberChunk.length > 0 ? inArray(initiatives.projectNumber, numberChunk) : undefined,
          ),
        )),
    );
  }
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const idByNumber = new Map(
    rows.filter((r) => r.projectNumber).map((r) => [r.projectNumber as string, r.id]),
  );
  const matchedIds = new Map<PlannedRecord, string>();
  for (const record of records) {
    const ownId = recordId.safeParse(record.id).data;
    const id =
      (ownId && rowById.has(ownId) ? ownId : undefined) ??
      (record.projectNumber ? idByNumber.get(record.projectNumber) : undefined);
    if (id) matchedIds.set(record, id);
  }
  const loaded = new Map<string, Initiative>();
  const wanted = [...new Set(matchedIds.values())];
  for (let i = 0; i < wanted.length; i += 500) {
    for (const initiative of await loadInitiatives(db, wanted.slice(i, i + 500), undefined, {
      authors: false,
    }))
      loaded.set(initiative.id, initiative);
  }
  const matches = new Map<PlannedRecord, Matched>();
  for (const [record, id] of matchedIds) {
    const initiative = loaded.get(id);
    const row = rowById.get(id);
    if (initiative && row) {
      matches.set(record, {
        initiative,
        state: {
          tier: row.tier as Priority['tier'],
          rank: row.rank,
          scores: (row.scores ?? {}) as Record<string, number>,
          archived: row.archivedAt !== null,
        },
      });
    }
  }
  return matches;
}

/** Project numbers the database already gives to some initiative, for records that change theirs. */
async function takenProjectNumbers(
  db: Db,
  numbers: string[],
): Promise<Map<string, { id: string; title: string }>> {
  const taken = new Map<string, { id: string; title: string }>();
  for (let i = 0; i < numbers.length; i += CHUNK) {
    const chunk = numbers.slice(i, i + CHUNK);
    if (chunk.length === 0) continue;
    for (const row of await db
      .select({ id: initiatives.id, number: initiatives.projectNumber, title: initiatives.titleFi })
      .from(initiatives)
      .where(inArray(initiatives.projectNumber, chunk))) {
      if (row.number) taken.set(row.number, { id: row.id, title: row.title });
    }
  }
  return taken;
}

const projectNumberLabel = () => fieldPathLabel('projectNumber', validationLanguage());

/** "rivi 4" for a sheet row, "tietue 3" for a record of a JSON file. */
const recordName = (record: PlannedRecord | undefined, index: number) =>
  record?.row !== undefined ? im('rowKey', { row: record.row }) : im('recordKey', { n: index + 1 });

/** Records that name the same initiative twice: the later ones are rejected. */
function duplicateReasons(
  records: PlannedRecord[],
  matches: Map<PlannedRecord, Matched>,
): Map<PlannedRecord, string> {
  const reasons = new Map<PlannedRecord, string>();
  const byNumber = new Map<string, number>();
  const byMatch = new Map<string, number>();
  for (const record of records) {
    const number = record.projectNumber;
    const match = matches.get(record)?.initiative.id;
    const sameNumber = number ? byNumber.get(number) : undefined;
    const sameMatch = match ? byMatch.get(match) : undefined;
    if (sameNumber !== undefined) {
      const earlier = records[sameNumber];
      reasons.set(
        record,
        earlier?.row !== undefined
          ? im('numberInRow', { field: projectNumberLabel(), number: number ?? '', n: earlier.row })
          : im('numberInRecord', { field: projectNumberLabel(), number: number ?? '', n: sameNumber + 1 }),
      );
    } else if (sameMatch !== undefined) {
      reasons.set(record, im('sameInitiative', { other: recordName(records[sameMatch], sameMatch) }));
    }
    if (number && sameNumber === undefined) byNumber.set(number, record.index);
    if (match && sameMatch === undefined) byMatch.set(match, record.index);
  }
  return reasons;
}

/** The file's EU acts: existing ones are kept as they are, missing ones get an id to be created with. */
async function planEuActs(
  db: Db,
  plan: ImportPlan,
): Promise<{
  reports: ImportEuActReport[];
  actIds: Map<string, string>;
  newActs: ValidatedImport['newActs'];
}> {
  const actIds = new Map(
    (await db.select({ id: euActs.id, shortName: euActs.shortName }).from(euActs)).map((a) => [
      a.shortName,
      a.id,
    ]),
  );
  const seen = new Map<string, number>();
  const reports: ImportEuActReport[] = [];
  const newActs: ValidatedImport['newActs'] = [];
  for (const act of plan.euActs ?? []) {
    const base = { index: act.index, key: act.key };
    const earlier = act.data ? seen.get(act.data.shortName) : undefined;
    if (!act.data || act.reasons.length > 0 || earlier !== undefined) {
      const reasons =
        earlier !== undefined
          ? [
              im('shortNameTwice', {
                field: fieldPathLabel('shortName', validationLanguage(), { subject: 'euAct' }),
                name: act.key,
                other: earlier + 1,
              }),
            ]
          : act.reasons;
      reports.push({ ...base, outcome: 'rejected', reasons });
      continue;
    }
    seen.set(act.data.shortName, act.index);
    if (actIds.has(act.data.shortName)) {
      reports.push({ ...base, outcome: 'existing' });
      continue;
    }
    const id = randomUUID();
    actIds.set(act.data.shortName, id);
    newActs.push({ id, data: act.data });
    reports.push({ ...base, outcome: 'created' });
  }
  return { reports, actIds, newActs };
}

function boardChanges(before: Priority, after: Priority): FieldChange<InitiativeAuditField>[] {
  // The priority is not an edit (the board owns it), but its history matters as much.
  return (
    [
      ['tier', before.tier, after.tier],
      ['rank', before.rank, after.rank],
      ['scores', before.scores, after.scores],
    ] as const
  )
    .filter(([, b, a]) => !sameValue(b, a))
    .map(([field, b, a]) => ({ field, before: b, after: a }));
}

/**
 * Validates a read file against the database without writing. The report is the same a real
 * import would give; the writes are what the second phase carries out when nothing was rejected.
 */
export async function validateImport(
  db: Db,
  plan: ImportPlan,
  actor: Actor,
  today: string,
  dryRun: boolean,
): Promise<ValidatedImport> {
  const acts = await planEuActs(db, plan);
  const catalogues = await planCatalogues(db, plan, acts.actIds);
  const matches = await findMatches(db, plan.records);
  const linked = await currentLinks(
    db,
    plan.records.flatMap((r) => (r.links ? [matches.get(r)?.initiative.id ?? ''] : [])).filter(Boolean),
  );
  const links: LinkWrite[] = [];
  const linkWrite = (record: PlannedRecord, initiativeId: string, before: ExportLinks | undefined) => {
    if (!record.links) return [];
    const changes = linkChanges(before, record.links);
    if (changes.length > 0) links.push({ initiativeId, links: record.links, changes });
    return changes.map((c) => c.field);
  };
  const duplicates = duplicateReasons(plan.records, matches);
  const records: ImportRecordReport[] = [];
  const creates: PlannedCreate[] = [];
  const updates: PlannedUpdate[] = [];
  // Accepted so far; the outcome is settled once the project numbers are checked below.
  const built: {
    record: PlannedRecord;
    report: ImportRecordReport;
    data: InitiativeData;
    match: Matched | undefined;
  }[] = [];
  // Building and validating is CPU work: yield now and then so the server keeps answering.
  for (const [position, record] of plan.records.entries()) {
    if (position % 250 === 249) await yieldToEventLoop();
    const base = {
      index: record.index,
      ...(record.row !== undefined ? { row: record.row } : {}),
      key: record.key,
    };
    const duplicate = duplicates.get(record);
    const early = [...record.reasons, ...(duplicate ? [duplicate] : [])];
    if (early.length > 0) {
      records.push({ ...base, outcome: 'rejected', reasons: early });
      continue;
    }
    const match = matches.get(record);
    const before = match ? toInitiativeData(match.initiative) : null;
    const input = record.build(before, { euActId: (name) => acts.actIds.get(name) });
    const guessed = input.guessed?.length ? { guessed: input.guessed } : {};
    const parsed = initiativeInputSchema.safeParse(input.input);
    // An act the builder could not resolve is already named by its short name; its empty id is not news.
    const issues = parsed.success
      ? []
      : parsed.error.issues.filter(
          (i) => !(input.reasons?.length && i.path[0] === 'euImpacts' && i.path[2] === 'euActId'),
        );
    const reasons = [
      ...(input.reasons ?? []),
      ...issueReasons(issues, plan.columnOf ? { columnOf: plan.columnOf } : {}),
      ...(record.links ? linkReasons(record.links, catalogues) : []),
    ];
    if (!parsed.success || reasons.length > 0) {
      records.push({ ...base, outcome: 'rejected', reasons, ...guessed });
      continue;
    }
    const report: ImportRecordReport = { ...base, outcome: 'created', ...guessed };
    built.push({ record, report, data: parsed.data, match });
    records.push(report);
  }

  // A record that keeps its initiative but takes a project number another initiative has.
  const movedNumbers = built
    .filter(
      (b) => b.match && b.data.projectNumber && b.data.projectNumber !== b.match.initiative.projectNumber,
    )
    .map((b) => b.data.projectNumber as string);
  const taken = await takenProjectNumbers(db, [...new Set(movedNumbers)]);

  for (const { record, report, data: parsed, match } of built) {
    const holder = parsed.projectNumber ? taken.get(parsed.projectNumber) : undefined;
    if (match && holder && holder.id !== match.initiative.id) {
      report.outcome = 'rejected';
      report.reasons = [
        `${projectNumberLabel()}: ${vm('projectNumberTaken', { projectNumber: parsed.projectNumber ?? '', title: holder.title })}`,
      ];
      continue;
    }
    const board: Priority = { ...(match?.state ?? EMPTY_PRIORITY), ...record.board };
    if (!match) {
      const data = stampAssessments(null, parsed, actor, today, true);
      const empty = Object.fromEntries(Object.keys(data).map((k) => [k, null])) as unknown as InitiativeData;
      const id = randomUUID();
      linkWrite(record, id, undefined);
      creates.push({
        id,
        data,
        board: { tier: board.tier, rank: board.rank, scores: board.scores },
        archived: record.archived ?? false,
        changes: [...diffInitiativeData(empty, data), ...boardChanges(EMPTY_PRIORITY, board)],
      });
      continue;
    }
    const before = toInitiativeData(match.initiative);
    const data = stampAssessments(before, parsed, actor, today, true);
    const fieldChanges = diffInitiativeData(before, data);
    const changes = [...fieldChanges, ...boardChanges(match.state, board)];
    const archived =
      record.archived !== undefined && record.archived !== match.state.archived ? record.archived : null;
    const linkFields = linkWrite(record, match.initiative.id, linked.get(match.initiative.id));
    const changed = [
      ...changes.map((c) => c.field as string),
      ...(archived !== null ? ['archived'] : []),
      ...linkFields,
    ];
    if (changed.length === 0) {
      report.outcome = 'unchanged';
      continue;
    }
    report.outcome = 'updated';
    report.changedFields = changed;
    // Only the links changed: the initiative itself is not written.
    if (changes.length === 0 && archived === null) continue;
    updates.push({
      current: match.initiative,
      data,
      changes,
      fieldsChanged: fieldChanges.length > 0,
      board: { tier: board.tier, rank: board.rank, scores: board.scores },
      archived,
    });
  }

  return {
    report: {
      dryRun,
      format: plan.format,
      summary: summarise(records),
      records,
      ...(plan.euActs ? { euActs: acts.reports } : {}),
      ...(catalogues.bodies ? { bodies: catalogues.bodies } : {}),
      ...(catalogues.benchmarks ? { benchmarks: catalogues.benchmarks } : {}),
      ...(plan.warnings?.length ? { warnings: plan.warnings } : {}),
    },
    newActs: acts.newActs,
    creates,
    updates,
    catalogues: catalogues.writes,
    links,
  };
}
