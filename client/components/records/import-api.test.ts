import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/export-format.ts';
import { readImportResponse } from './import-api.ts';

const report: ImportReport = {
  dryRun: true,
  format: 'csv',
  summary: { created: 1, updated: 0, unchanged: 0, rejected: 1 },
  records: [
    { index: 0, key: 'A', outcome: 'created' },
    { index: 1, key: 'B', outcome: 'rejected', reasons: ['title.fi: The Finnish text is required.'] },
  ],
};

describe('readImportResponse', () => {
  it('shows a refused import (422) as its report, with the rejected records and reasons', () => {
    expect(readImportResponse(422, 'Unprocessable Entity', report)).toEqual({ ok: true, report });
  });

  it('takes the server message of other errors, else the status text', () => {
    expect(readImportResponse(413, 'Payload Too Large', { error: 'The file is larger than 20 MB.' })).toEqual(
      {
        ok: false,
        status: 413,
        message: 'The file is larger than 20 MB.',
      },
    );
    expect(readImportResponse(502, 'Bad Gateway', null)).toEqual({
      ok: false,
      status: 502,
      message: 'Bad Gateway',
    });
    expect(readImportResponse(422, 'Unprocessable Entity', { error: 'x' })).toMatchObject({
      ok: false,
      status: 422,
    });
  });
});
