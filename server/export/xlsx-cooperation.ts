/**
 * The XLSX pack's international cooperation (issue 12): a sheet of the cooperation bodies (who
 * represents Finland, the next meeting, the initiatives linked) and one of Finland's results in
 * the benchmarks, an edition a row. A snapshot taken before cooperation data was frozen with
 * it says so in both sheets instead of showing today's data.
 */
import { codeLabel } from '../../shared/code-labels.ts';
import { pickLocalized } from '../../shared/localized-text.ts';
import type { ExportTexts } from './export-texts.ts';
import { excelDate } from './initiative-columns.ts';
import type { WorkbookRest } from './xlsx.ts';
import { addRow, openSheet, type SheetColumn, text, writeRows } from './xlsx-table.ts';
import type { WorkbookWriter } from './xlsx-writer.ts';

export async function writeBodies(workbook: WorkbookWriter, pack: WorkbookRest, texts: ExportTexts) {
  const { language, cooperationRecords: records } = pack;
  const b = texts.bodies;
  const columns: SheetColumn[] = [
    { header: b.shortName, width: 18 },
    { header: b.name, width: 40 },
    { header: b.organisation, width: 26 },
    { header: b.ministry, width: 12 },
    { header: b.agency, width: 26 },
    { header: b.representatives, width: 44 },
    { header: b.nextMeeting, width: 14, type: 'date' },
    { header: b.initiatives, width: 60 },
    { header: b.initiativesTotal, width: 14 },
  ];
  const table = openSheet(workbook, texts.sheets.bodies, columns, records?.bodies.length ?? 0, language);
  if (!records || records.bodies.length === 0) {
    addRow(table, [text(records ? b.none : b.predates)]);
  } else {
    await writeRows(
      table,
      records.bodies.map((body) => [
        text(body.shortName),
        text(pickLocalized(body.name, language).text),
        text(codeLabel(language, 'bodyOrganisation', body.organisation)),
        text(body.ministry),
        text(body.agency),
        text(
          body.representatives
            .map((person) => {
              const role = codeLabel(language, 'representativeRole', person.role);
              return `${person.name} (${person.organisation ? `${person.organisation}, ` : ''}${role})`;
            })
            .join('; '),
        ),
        body.nextMeetingOn ? excelDate(body.nextMeetingOn) : null,
        text(
          body.initiatives
            .map(
              (initiative) =>
                `${pickLocalized(initiative.title, language).text} (${initiative.leadMinistry}, ${codeLabel(language, 'bodyRelation', initiative.relation)})`,
            )
            .join('; '),
        ),
        body.initiatives.length,
      ]),
    );
  }
  table.sheet.end();
}

export async function writeResults(workbook: WorkbookWriter, pack: WorkbookRest, texts: ExportTexts) {
  const { language, cooperationRecords: records } = pack;
  const r = texts.results;
  const columns: SheetColumn[] = [
    { header: r.benchmark, width: 18 },
    { header: r.name, width: 40 },
    { header: r.edition, width: 11 },
    { header: r.published, width: 13, type: 'date' },
    { header: r.score, width: 10 },
    { header: r.scale, width: 10 },
    { header: r.rank, width: 10 },
    { header: r.rankOf, width: 10 },
    { header: r.note, width: 50 },
  ];
  const table = openSheet(workbook, texts.sheets.results, columns, records?.results.length ?? 0, language);
  if (!records || records.results.length === 0) {
    addRow(table, [text(records ? r.none : texts.bodies.predates)]);
  } else {
    await writeRows(
      table,
      records.results.map(({ result, ...benchmark }) => [
        text(benchmark.shortName),
        text(pickLocalized(benchmark.name, language).text),
        text(result.edition),
        result.publishedOn ? excelDate(result.publishedOn) : null,
        result.score,
        text(benchmark.scoreScale),
        result.rank,
        result.rankOf,
        text(result.note),
      ]),
    );
  }
  table.sheet.end();
}
