import type { EuActData } from '../../../shared/eu-act.ts';
import type { BoardState, ImportFormat } from '../../../shared/export-format.ts';
import type { InitiativeData } from '../../../shared/initiative.ts';

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
  /** Only the digisalkku format carries these. */
  archived?: boolean;
  board?: BoardState;
}

export interface PlannedEuAct {
  index: number;
  key: string;
  data: EuActData | null;
  reasons: string[];
}

/** A whole file, read: what the runner matches and writes in one transaction. */
export interface ImportPlan {
  format: ImportFormat;
  records: PlannedRecord[];
  euActs?: PlannedEuAct[];
  warnings?: string[];
}

/** Bytes as UTF-8 text without a byte-order mark; anything else is a file error. */
export function decodeText(body: Uint8Array): string {
  if (body.length === 0) throw new ImportFileError('The file is empty.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new ImportFileError('The file is not UTF-8 text. Save it as UTF-8 (in Excel: "CSV UTF-8").');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function parseJson(body: Uint8Array): unknown {
  const text = decodeText(body);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ImportFileError(`The file is not valid JSON: ${(error as Error).message}`);
  }
}

/** `title.fi: The Finnish text is required.` for each issue, at most `limit` of them. */
export function issueReasons(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  prefix = '',
  limit = 10,
): string[] {
  const reasons = issues.slice(0, limit).map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return `${path || 'record'}: ${issue.message}`;
  });
  if (issues.length > limit) reasons.push(`… and ${issues.length - limit} more problems.`);
  return reasons;
}
