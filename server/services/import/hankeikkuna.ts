import { MAX_IMPORT_RECORDS } from '../../../shared/export-format.ts';
import { joinMessages } from '../../../shared/field-paths.ts';
import {
  type HankeikkunaOptions,
  hankeikkunaInitiativeInput,
  hankeikkunaResponseSchema,
  readHankeikkunaRecord,
} from '../../../shared/hankeikkuna.ts';
import { fm } from '../../../shared/messages/import-file-messages.ts';
import {
  ImportFileError,
  type ImportPlan,
  ImportTooLargeError,
  type PlannedRecord,
  parseJson,
} from './plan.ts';

/**
 * Reads the body of a Hankeikkuna `kohteet/haku` response (shared/hankeikkuna.ts maps each
 * record). Records match existing initiatives by project number (tunnus) only. A response of
 * more than MAX_IMPORT_RECORDS records is refused before any is read.
 */
export function readHankeikkunaFile(body: Uint8Array, options: HankeikkunaOptions): ImportPlan {
  const response = hankeikkunaResponseSchema.safeParse(parseJson(body));
  if (!response.success) {
    throw new ImportFileError(
      fm('notHankeikkuna', {
        problems: joinMessages(response.error.issues.slice(0, 3).map((issue) => issue.message)),
      }),
    );
  }
  const count = response.data.result.length;
  if (count > MAX_IMPORT_RECORDS)
    throw new ImportTooLargeError(fm('tooManyRecords', { count, max: MAX_IMPORT_RECORDS }));
  const records = response.data.result.map((raw, index): PlannedRecord => {
    const record = readHankeikkunaRecord(raw, index, options);
    return {
      index,
      key: record.key.slice(0, 200),
      projectNumber: record.projectNumber,
      reasons: record.reasons,
      build: (existing) => hankeikkunaInitiativeInput(record, existing),
    };
  });
  return { format: 'hankeikkuna', records };
}
