/**
 * The meeting pack as an Excel workbook: an info sheet (which picture, whose, its checksum and
 * filters), the initiatives (a row each, every field: initiative-columns.ts, the same columns as
 * the CSV), a summary by lead ministry, the EU deadlines of the coming months, the cooperation
 * bodies and the benchmark results (xlsx-cooperation.ts), and the changes since the compared
 * snapshot. Sheet names and headings are in the pack's language.
 *
 * Dates, times and euros are real cells (a date with a date format, euros as a number with a
 * euro format), so a reader can sort, filter and sum them; every text cell is neutralised
 * against formula injection (cell-safety.ts) and no cell is a formula. Written by xlsx-writer.ts
 * row by row into the zip, so a 10,000-initiative pack never holds a whole workbook in memory;
 * the event loop gets a turn between batches of rows.
 */
import { changeSentences } from '../../shared/change-sentences.ts';
import { codeLabel } from '../../shared/code-labels.ts';
import { type Language, STATUSES } from '../../shared/codes.ts';
import { qualityShare } from '../../shared/data-quality.ts';
import type { Initiative } from '../../shared/initiative.ts';
import { pickLocalized } from '../../shared/localized-text.ts';
import type { WorkbookPack } from '../../shared/meeting-pack.ts';
import { PACK_DEADLINE_MONTHS } from '../../shared/meeting-pack.ts';
import { fillMessage } from '../../shared/messages/lookup.ts';
import { MINISTRY_NAMES } from '../../shared/ministry.ts';
import type { InitiativeRef } from '../../shared/snapshot-diff.ts';
import { type ExportTexts, exportTexts } from './export-texts.ts';
import {
  excelDate,
  formatTimestamp,
  helsinkiWallClock,
  type InitiativeColumn,
  initiativeColumns,
} from './initiative-columns.ts';
import { writeBodies, writeResults } from './xlsx-cooperation.ts';
import {
  addRow,
  BOLD,
  FORMATS,
  openSheet,
  type SheetColumn,
  text,
  type Value,
  writeRows,
} from './xlsx-table.ts';
import { type CellStyle, type SheetWriter, WorkbookWriter } from './xlsx-writer.ts';

// ---------------------------------------------------------------- the sheets

function writeInfo(sheet: SheetWriter, pack: WorkbookRest, initiatives: number, texts: ExportTexts) {
  const { info } = texts;
  const formats = FORMATS[pack.language];
  sheet.addRow([text(fillMessage(info.heading, { label: pack.label }))], { bold: true, size: 14 });
  sheet.addRow([]);
  const valueStyles = new Map<string, CellStyle>();
  const row = (label: string, value: Value, numFmt?: string) => {
    const key = numFmt ?? '';
    let style = valueStyles.get(key);
    if (!style) {
      style = { horizontal: 'left', wrap: true, ...(numFmt ? { numFmt } : {}) };
      valueStyles.set(key, style);
    }
    sheet.addRow([text(label), typeof value === 'string' ? text(value) : value], [BOLD, style]);
  };
  row(info.label, pack.label);
  const { source } = pack;
  row(info.source, source.kind === 'snapshot' ? info.sourceSnapshot : info.sourceNow);
  if (source.kind === 'snapshot') {
    row(info.takenAt, helsinkiWallClock(new Date(source.takenAt)), formats.timestamp);
    row(info.takenBy, source.takenBy);
    row(info.checksum, source.checksum);
  }
  row(info.today, excelDate(pack.today), formats.date);
  row(info.filters, pack.filterWords.length > 0 ? pack.filterWords.join(', ') : info.noFilters);
  row(info.initiatives, initiatives);
  row(
    info.comparedTo,
    pack.changes
      ? `${pack.changes.fromLabel} (${formatTimestamp(new Date(pack.changes.fromTakenAt), pack.language)})`
      : info.notCompared,
  );
  row(info.generatedAt, helsinkiWallClock(new Date(pack.generatedAt)), formats.timestamp);
  row(info.generatedBy, pack.generatedBy);
  sheet.addRow([]);
  sheet.addRow([text(info.times)]);
  sheet.end();
}

/** An initiative's cell in a column: dates as real dates, times in Helsinki, euros as numbers. */
function initiativeCell(column: InitiativeColumn, initiative: Initiative): Value {
  switch (column.type) {
    case 'text':
      return text(column.value(initiative));
    case 'date': {
      const value = column.value(initiative);
      return value === null ? null : excelDate(value);
    }
    case 'timestamp': {
      const value = column.value(initiative);
      return value === null ? null : helsinkiWallClock(value);
    }
    case 'euros':
    case 'number':
      return column.value(initiative);
  }
}

async function writeInitiatives(
  workbook: WorkbookWriter,
  language: Language,
  initiatives: readonly Initiative[],
  texts: ExportTexts,
) {
  const columns = initiativeColumns(language);
  const table = openSheet(workbook, texts.sheets.initiatives, columns, initiatives.length, language);
  // A row's cells are made as it is written: 10,000 rows of 60 cells are never all held at once.
  function* rows() {
    for (const initiative of initiatives) yield columns.map((column) => initiativeCell(column, initiative));
  }
  await writeRows(table, rows());
  table.sheet.end();
}

async function writeMinistries(workbook: WorkbookWriter, pack: WorkbookRest, texts: ExportTexts) {
  const { language, overview } = pack;
  const m = texts.ministries;
  const columns: SheetColumn[] = [
    { header: m.code, width: 12 },
    { header: m.name, width: 40 },
    { header: m.total, width: 11 },
    ...STATUSES.map((status) => ({ header: codeLabel(language, 'status', status), width: 13 })),
    { header: m.ministryRed, width: 16 },
    { header: m.ministryAmber, width: 16 },
    { header: m.digitoimistoRed, width: 16 },
    { header: m.digitoimistoAmber, width: 16 },
    { header: m.budget, width: 18, type: 'euros' },
    { header: m.qualityScore, width: 14 },
  ];
  const table = openSheet(workbook, texts.sheets.ministries, columns, overview.byMinistry.length, language);
  const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);
  const rows: Value[][] = overview.byMinistry.map((figures) => [
    text(figures.ministry),
    text(MINISTRY_NAMES[figures.ministry][language]),
    figures.total,
    ...STATUSES.map((status) => figures.byStatus[status]),
    figures.ministryHealth.red,
    figures.ministryHealth.amber,
    figures.digitoimistoHealth.red,
    figures.digitoimistoHealth.amber,
    sum(figures.budgetCents) / 100,
    figures.qualityScore,
  ]);
  await writeRows(table, rows);
  const bold = table.styles.map((style) => ({ ...style, ...BOLD }));
  addRow(
    table,
    [
      text(m.totalRow),
      null,
      overview.total,
      ...STATUSES.map((status) => overview.byStatus[status]),
      overview.health.ministry.red,
      overview.health.ministry.amber,
      overview.health.digitoimisto.red,
      overview.health.digitoimisto.amber,
      overview.budget.totalCents / 100,
      qualityShare(overview.total - overview.quality.flagged, overview.total),
    ],
    bold,
  );
  table.sheet.end();
}

async function writeDeadlines(workbook: WorkbookWriter, pack: WorkbookRest, texts: ExportTexts) {
  const { language } = pack;
  const d = texts.deadlines;
  const columns: SheetColumn[] = [
    { header: d.date, width: 13, type: 'date' },
    { header: d.act, width: 16 },
    { header: d.actTitle, width: 40 },
    { header: d.kind, width: 30 },
    { header: d.answering, width: 60 },
    { header: d.answeringTotal, width: 14 },
    { header: d.gap, width: 14 },
  ];
  const table = openSheet(workbook, texts.sheets.deadlines, columns, pack.euDeadlines.length, language);
  await writeRows(
    table,
    pack.euDeadlines.map((date) => {
      const kind = texts.radarKind[date.kind];
      const label = date.label ? pickLocalized(date.label, language).text : null;
      const listed = date.answering.map(
        (initiative) => `${pickLocalized(initiative.title, language).text} (${initiative.leadMinistry})`,
      );
      const unlisted = date.answeringTotal - date.answering.length;
      if (unlisted > 0) listed.push(fillMessage(d.more, { count: unlisted }));
      return [
        excelDate(date.date),
        text(date.act.shortName),
        text(pickLocalized(date.act.title, language).text),
        text(label ? `${kind}: ${label}` : kind),
        text(listed.join('; ')),
        date.answeringTotal,
        text(date.gap ? texts.yes : texts.no),
      ];
    }),
  );
  if (pack.euDeadlines.length === 0) {
    addRow(table, [null, text(fillMessage(d.none, { months: PACK_DEADLINE_MONTHS }))]);
  }
  table.sheet.end();
}

/**
 * The initiative a change sentence tells of. The pack carries the sentences as text: each is
 * found among changeSentences of the pack's diff (shared/change-sentences.ts), which know their
 * initiative; a sentence worded otherwise is matched by the title it names, the longest title
 * winning. None for a sentence about the whole portfolio.
 */
function sentenceInitiatives(changes: NonNullable<WorkbookRest['changes']>, language: Language) {
  const { added, removed, changed } = changes.diff;
  const all: InitiativeRef[] = [...added, ...removed, ...changed];
  const byId = new Map(all.map((ref) => [ref.id, ref]));
  const told = new Map<string, InitiativeRef>();
  for (const sentence of changeSentences(changes.diff, language)) {
    const ref = sentence.initiativeId === null ? undefined : byId.get(sentence.initiativeId);
    if (ref) told.set(sentence.text, ref);
  }
  const titles = all
    .flatMap((ref) =>
      [...new Set([pickLocalized(ref.title, language).text, ref.title.fi])].map((title) => ({ title, ref })),
    )
    .sort((a, b) => b.title.length - a.title.length);
  return (sentence: string): InitiativeRef | null =>
    told.get(sentence) ?? titles.find(({ title }) => sentence.includes(title))?.ref ?? null;
}

async function writeChanges(workbook: WorkbookWriter, pack: WorkbookRest, texts: ExportTexts) {
  const { language, changes } = pack;
  const c = texts.changes;
  const columns: SheetColumn[] = [
    { header: c.initiative, width: 44 },
    { header: c.ministry, width: 14 },
    { header: c.change, width: 90 },
  ];
  const rows = changes?.sentences.length ?? 0;
  const table = openSheet(workbook, texts.sheets.changes, columns, rows, language);
  if (!changes) {
    addRow(table, [null, null, text(c.noComparison)]);
  } else if (changes.sentences.length === 0) {
    addRow(table, [null, null, text(c.none)]);
  } else {
    const initiativeOf = sentenceInitiatives(changes, language);
    await writeRows(
      table,
      changes.sentences.map((sentence) => {
        const ref = initiativeOf(sentence);
        return [
          text(ref ? pickLocalized(ref.title, language).text : null),
          text(ref?.leadMinistry),
          text(sentence),
        ];
      }),
    );
  }
  table.sheet.end();
}

/** What the workbook shows besides its initiatives. */
export type WorkbookRest = Omit<WorkbookPack, 'initiatives'>;

/**
 * A workbook being written in two steps: the initiatives' sheet (most of the work) as soon as
 * they are read, the other sheets once the rest is (export/xlsx-job.ts does the first step in a
 * worker thread while the server reads the rest). The sheets keep their order either way.
 */
export interface WorkbookJob {
  writeInitiatives(initiatives: readonly Initiative[]): Promise<void>;
  finish(rest: WorkbookRest): Promise<Buffer>;
}

export function startWorkbook(language: Language): WorkbookJob {
  const workbook = new WorkbookWriter('digisalkku');
  const texts = exportTexts(language);
  const info = workbook.addSheet(texts.sheets.info, { widths: [28, 72], landscape: true });
  let count = 0;
  return {
    async writeInitiatives(initiatives) {
      count = initiatives.length;
      await writeInitiatives(workbook, language, initiatives, texts);
    },
    async finish(rest) {
      writeInfo(info, rest, count, texts);
      await writeMinistries(workbook, rest, texts);
      await writeDeadlines(workbook, rest, texts);
      await writeBodies(workbook, rest, texts);
      await writeResults(workbook, rest, texts);
      await writeChanges(workbook, rest, texts);
      return workbook.finish(new Date(rest.generatedAt));
    },
  };
}

/** The meeting pack as an XLSX file. */
export async function renderXlsx(pack: WorkbookPack): Promise<Buffer> {
  const job = startWorkbook(pack.language);
  await job.writeInitiatives(pack.initiatives);
  return job.finish(pack);
}
