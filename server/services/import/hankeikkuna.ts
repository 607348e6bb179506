import {
  type HankeikkunaOptions,
  hankeikkunaInitiativeInput,
  hankeikkunaResponseSchema,
  readHankeikkunaRecord,
} from '../../../shared/hankeikkuna.ts';
import { ImportFileError, type ImportPlan, issueReasons, type PlannedRecord, parseJson } from './plan.ts';

/**
 * Reads the body of a Hankeikkuna `kohteet/haku` response (shared/hankeikkuna.ts maps each
 * record). Records match existing initiatives by project number (tunnus) only.
 */
export function readHankeikkunaFile(body: Uint8Array, options: HankeikkunaOptions): ImportPlan {
  const response = hankeikkunaResponseSchema.safeParse(parseJson(body));
  if (!response.success) {
    throw new ImportFileError(
      `This is not a Hankeikkuna kohteet/haku response: ${issueReasons(response.error.issues, '', 3).join('; ')}`,
    );
  }
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
