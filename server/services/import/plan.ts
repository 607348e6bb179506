import type { EuActData } from '../../../shared/eu-act.ts';
import type {
  ExportBenchmark,
  ExportBody,
  ExportLinks,
  ImportFormat,
} from '../../../shared/export-format.ts';
import { fieldPathLabel, type PathSubject } from '../../../shared/field-paths.ts';
import type { InitiativeData } from '../../../shared/initiative.ts';
import { fm } from '../../../shared/messages/import-file-messages.ts';
import { im } from '../../../shared/messages/import-report-messages.ts';
import type { Priority } from '../../../shared/priority.ts';
import { validationLanguage } from '../../../shared/validation-messages.ts';

/** A problem with the file as a whole (not one record): the route answers 400 with its message. */
export class ImportFileError extends Error {}

/** A file that would unpack to more than an import may (a zip bomb, or just too big): the route answers 413. */
export class ImportTooLargeError extends ImportFileError {}

/** What a record's builder may ask of the database. */
export interface BuildContext {
  euActId(shortName: string): string | undefined;
}

export interface BuiltInput {
  /** The initiative input, validated by the runner with initiativeInputSchema. */
  input: unknown;
  reasons?: string[];
  guessed?: string[];
}

/** One record of a file, read but not yet matched or written. */
export interface PlannedRecord {
  index: number;
  row?: number;
  key: string;
  /** For matching an existing initiative. */
  projectNumber: string | null;
  id?: string | null;
  /** Problems found while reading: the record is rejected with them. */
  reasons: string[];
  /** Builds the input over the initiative it matched (null when it is new). */
  build(existing: InitiativeData | null, context: BuildContext): BuiltInput;
  /** Only the digisalkku format carries `archived`; a sheet's priority is its tier column. */
  archived?: boolean;
  /** The priority the record sets; what it leaves out stays as the matched initiative has it. */
  board?: Partial<Priority>;
  /** A digisalkku file of version 2: the links that replace the initiative's; left out, they stay. */
  links?: Partial<ExportLinks>;
}

export interface PlannedEuAct {
  index: number;
  key: string;
  data: EuActData | null;
  reasons: string[];
}

/** A cooperation body or benchmark of a digisalkku file (version 2), read but not yet matched. */
export interface PlannedCatalogueEntry<T> {
  index: number;
  key: string;
  data: T | null;
  reasons: string[];
}

/** A whole file, read: what the runner matches and writes in one transaction. */
export interface ImportPlan {
  format: ImportFormat;
  records: PlannedRecord[];
  euActs?: PlannedEuAct[];
  /** Version 2 of the digisalkku file; left out (version 1, sheets), cooperation data stays as it is. */
  bodies?: PlannedCatalogueEntry<ExportBody>[];
  benchmarks?: PlannedCatalogueEntry<ExportBenchmark>[];
  warnings?: string[];
  /** The sheet column a field path comes from, for naming it in reasons (CSV and XLSX). */
  columnOf?: (path: readonly PropertyKey[]) => string | undefined;
}

/** Bytes as UTF-8 text without a byte-order mark; anything else is a file error. */
export function decodeText(body: Uint8Array): string {
  if (body.length === 0) throw new ImportFileError(fm('empty'));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new ImportFileError(fm('notUtf8'));
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function parseJson(body: Uint8Array): unknown {
  const text = decodeText(body);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ImportFileError(fm('notJson', { where: jsonErrorPlace((error as Error).message) }));
  }
}

/** Where JSON.parse stopped, from its (English) message: " (rivi 3, sarake 7)", or nothing. */
function jsonErrorPlace(message: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return fm('jsonAtLine', { line: lineColumn[1] ?? '', column: lineColumn[2] ?? '' });
  const position = /position (\d+)/.exec(message);
  if (position) return fm('jsonAtPosition', { position: Number(position[1]) + 1 });
  return /end of (JSON|data)/i.test(message) ? fm('jsonCutShort') : '';
}

/**
 * `Nimi suomeksi: Suomenkielinen teksti on pakollinen.` for each issue, at most `limit` of them,
 * in the request's language; a sheet's reasons also name the column (`(sarake title_fi)`).
 */
export function issueReasons(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  options: { subject?: PathSubject; limit?: number; columnOf?: ImportPlan['columnOf'] } = {},
): string[] {
  const language = validationLanguage();
  const limit = options.limit ?? 10;
  const reasons = issues.slice(0, limit).map((issue) => {
    const field = fieldPathLabel(issue.path, language, { subject: options.subject, whole: 'record' });
    const column = options.columnOf?.(issue.path);
    return `${column ? im('column', { field, column }) : field}: ${issue.message}`;
  });
  if (issues.length > limit) reasons.push(im('moreProblems', { count: issues.length - limit }));
  return reasons;
}
