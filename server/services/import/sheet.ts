import { tierSchema } from '../../../shared/codes.ts';
import { parseCellDate, parseEuroCents } from '../../../shared/csv.ts';
import type { ImportFormat } from '../../../shared/export-format.ts';
import { fieldPathLabel } from '../../../shared/field-paths.ts';
import type { HealthAssessment } from '../../../shared/health.ts';
import type { InitiativeData } from '../../../shared/initiative.ts';
import { fm } from '../../../shared/messages/import-file-messages.ts';
import { im } from '../../../shared/messages/import-report-messages.ts';
import { validationLanguage } from '../../../shared/validation-messages.ts';
import { ImportFileError, type ImportPlan, issueReasons, type PlannedRecord } from './plan.ts';

/** The columns of the CSV and XLSX sheet, one row per initiative (docs/import-export.md). */
export const SHEET_COLUMNS = [
  'project_number',
  'case_numbers',
  'title_fi',
  'title_sv',
  'title_en',
  'summary_fi',
  'summary_sv',
  'summary_en',
  'kind',
  'track',
  'themes',
  'lead_ministry',
  'participating_ministries',
  'status',
  'preparation_stage',
  'ministry_health',
  'ministry_health_reason',
  'digitoimisto_health',
  'digitoimisto_health_reason',
  'tier',
  'start_date',
  'end_date',
  'budget_eur',
  'funding_sources',
  'contact_name',
  'contact_email',
] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

export interface SheetRow {
  /** The row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  cells: string[];
}

const normaliseHeader = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
const splitList = (value: string) => value.split(/[;,\s]+/).filter(Boolean);

type Cells = Partial<Record<SheetColumn, string>>;

/** The column each field path of the initiative input is read from. */
const COLUMN_OF_PATH: Readonly<Record<string, SheetColumn>> = {
  projectNumber: 'project_number',
  caseNumbers: 'case_numbers',
  'title.fi': 'title_fi',
  'title.sv': 'title_sv',
  'title.en': 'title_en',
  'summary.fi': 'summary_fi',
  'summary.sv': 'summary_sv',
  'summary.en': 'summary_en',
  kind: 'kind',
  track: 'track',
  themes: 'themes',
  leadMinistry: 'lead_ministry',
  participatingMinistries: 'participating_ministries',
  status: 'status',
  preparationStage: 'preparation_stage',
  'ministryHealth.rating': 'ministry_health',
  'ministryHealth.reason': 'ministry_health_reason',
  'digitoimistoHealth.rating': 'digitoimisto_health',
  'digitoimistoHealth.reason': 'digitoimisto_health_reason',
  tier: 'tier',
  startDate: 'start_date',
  endDate: 'end_date',
  budgetCents: 'budget_eur',
  fundingSources: 'funding_sources',
  'contact.name': 'contact_name',
  'contact.email': 'contact_email',
};

/** The column of the sheet an issue's path comes from: `title.fi` → title_fi, `themes.2` → themes. */
function columnOf(path: readonly PropertyKey[]): SheetColumn | undefined {
  const segments = path.map(String);
  return COLUMN_OF_PATH[segments.slice(0, 2).join('.')] ?? COLUMN_OF_PATH[segments[0] ?? ''];
}

/** "Alkamispäivä (sarake start_date)": the field, and the column to look in. */
const columnField = (path: string, column: SheetColumn) =>
  im('column', { field: fieldPathLabel(path, validationLanguage()), column });

function health(
  cells: Cells,
  prefix: 'ministry_health' | 'digitoimisto_health',
  before: HealthAssessment | null,
) {
  const base = before ?? { rating: 'not_assessed', reason: null, assessedOn: null, assessedBy: null };
  const rating = cells[prefix];
  const reason = cells[`${prefix}_reason`];
  return {
    ...base,
    ...(rating !== undefined ? { rating: rating.toLowerCase() || 'not_assessed' } : {}),
    ...(reason !== undefined ? { reason: reason || null } : {}),
  };
}

/** A sheet's tier column sets the priority's tier (rank and scores stay as they are). */
function sheetPriority(cells: Cells): Pick<PlannedRecord, 'reasons' | 'board'> {
  if (cells.tier === undefined) return { reasons: [] };
  const tier = tierSchema.safeParse(cells.tier.toLowerCase() || 'unprioritised');
  if (tier.success) return { reasons: [], board: { tier: tier.data } };
  return {
    reasons: issueReasons(
      tier.error.issues.map((i) => ({ ...i, path: ['tier'] })),
      { columnOf },
    ),
  };
}

/**
 * The initiative input of one sheet row. Columns the sheet has replace the matched
 * initiative's values (an empty cell clears the value); columns it lacks keep them.
 */
function rowInput(
  cells: Cells,
  existing: InitiativeData | null,
): { input: Record<string, unknown>; reasons: string[] } {
  const reasons: string[] = [];
  const has = (column: SheetColumn) => cells[column] !== undefined;
  const cell = (column: SheetColumn) => cells[column] ?? '';
  const input: Record<string, unknown> = existing ? { ...existing } : {};
  const set = (column: SheetColumn, field: string, value: () => unknown) => {
    if (has(column)) input[field] = value();
  };

  set('project_number', 'projectNumber', () => cell('project_number') || null);
  set('case_numbers', 'caseNumbers', () => splitList(cell('case_numbers')));
  for (const field of ['title', 'summary'] as const) {
    const before = existing?.[field];
    const text = (language: 'fi' | 'sv' | 'en') => {
      const column = `${field}_${language}` as SheetColumn;
      return has(column) ? cell(column) || null : (before?.[language] ?? null);
    };
    if (!existing || ['fi', 'sv', 'en'].some((l) => has(`${field}_${l}` as SheetColumn))) {
      input[field] = { fi: text('fi') ?? '', sv: text('sv'), en: text('en') };
    }
  }
  set('kind', 'kind', () => cell('kind').toLowerCase());
  set('track', 'track', () => cell('track').toLowerCase());
  set('themes', 'themes', () => splitList(cell('themes').toLowerCase()));
  set('lead_ministry', 'leadMinistry', () => cell('lead_ministry').toUpperCase());
  set('participating_ministries', 'participatingMinistries', () =>
    splitList(cell('participating_ministries').toUpperCase()),
  );
  set('status', 'status', () => cell('status').toLowerCase());
  set('preparation_stage', 'preparationStage', () => cell('preparation_stage').toLowerCase() || null);
  if (has('ministry_health') || has('ministry_health_reason')) {
    input.ministryHealth = health(cells, 'ministry_health', existing?.ministryHealth ?? null);
  }
  if (has('digitoimisto_health') || has('digitoimisto_health_reason')) {
    input.digitoimistoHealth = health(cells, 'digitoimisto_health', existing?.digitoimistoHealth ?? null);
  }
  for (const [column, field] of [
    ['start_date', 'startDate'],
    ['end_date', 'endDate'],
  ] as const) {
    if (!has(column)) continue;
    const date = parseCellDate(cell(column));
    if (date === undefined)
      reasons.push(im('notADate', { field: columnField(field, column), value: cell(column) }));
    input[field] = date ?? null;
  }
  if (has('budget_eur')) {
    const cents = parseEuroCents(cell('budget_eur'));
    if (cents === undefined) {
      reasons.push(
        im('notAnAmount', { field: columnField('budgetCents', 'budget_eur'), value: cell('budget_eur') }),
      );
    }
    input.budgetCents = cents ?? null;
  }
  set('funding_sources', 'fundingSources', () => splitList(cell('funding_sources').toLowerCase()));
  if (has('contact_name') || has('contact_email')) {
    const name = has('contact_name') ? cell('contact_name') : (existing?.contact?.name ?? '');
    const email = has('contact_email') ? cell('contact_email') : (existing?.contact?.email ?? '');
    input.contact = name || email ? { name, email: email || null } : null;
  }
  return { input, reasons };
}

/** Reads a sheet: the header row names the columns, every further row is one initiative. */
export function readSheet(format: ImportFormat, rows: SheetRow[]): ImportPlan {
  const [header, ...data] = rows;
  if (!header) throw new ImportFileError(fm('sheetEmpty'));
  const names = header.cells.map(normaliseHeader);
  const columns = new Map<number, SheetColumn>();
  const warnings: string[] = [];
  names.forEach((name, position) => {
    if (name === '') return;
    if ((SHEET_COLUMNS as readonly string[]).includes(name)) {
      if ([...columns.values()].includes(name as SheetColumn)) {
        throw new ImportFileError(fm('columnTwice', { name }));
      }
      columns.set(position, name as SheetColumn);
    } else {
      warnings.push(im('unknownColumn', { name: header.cells[position]?.trim() ?? '' }));
    }
  });
  if (columns.size === 0) {
    throw new ImportFileError(fm('noHeader', { columns: SHEET_COLUMNS.join(', ') }));
  }
  const records: PlannedRecord[] = [];
  for (const { row, cells } of data) {
    const values: Cells = {};
    for (const [position, column] of columns) values[column] = (cells[position] ?? '').trim();
    if (Object.values(values).every((v) => v === '') && cells.every((c) => c.trim() === '')) continue;
    const projectNumber = values.project_number ? values.project_number.toUpperCase() : null;
    records.push({
      index: records.length,
      row,
      key: (projectNumber ?? values.title_fi ?? '').slice(0, 200) || im('rowKey', { row }),
      projectNumber,
      ...sheetPriority(values),
      build: (existing) => rowInput(values, existing),
    });
  }
  return { format, records, columnOf, ...(warnings.length > 0 ? { warnings } : {}) };
}
