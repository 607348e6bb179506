import type { ImportFormat, ImportReport } from '../../../shared/export-format.ts';
import { validationLanguage } from '../../../shared/validation-messages.ts';

export type ImportResponse =
  | { ok: true; report: ImportReport }
  | { ok: false; status: number; message: string }
  | { ok: false; status: 0; message: string; network: true };

/**
 * Posts the file itself as the body (no multipart): the server reads the raw bytes in the
 * chosen format. Errors come back as `{ error }` JSON; anything else is shown as its status text.
 */
export async function postImport(file: Blob, format: ImportFormat, dryRun: boolean): Promise<ImportResponse> {
  const query = new URLSearchParams({ format });
  if (dryRun) query.set('dryRun', 'true');
  let response: Response;
  try {
    response = await fetch(`/api/import?${query}`, {
      method: 'POST',
      body: file,
      credentials: 'same-origin',
      // Rejection reasons come back in the UI language.
      headers: { 'X-Digisalkku-Language': validationLanguage() },
    });
  } catch (error) {
    return { ok: false, status: 0, message: (error as Error).message, network: true };
  }
  const body: unknown = await response.json().catch(() => null);
  return readImportResponse(response.status, response.statusText, body);
}

/**
 * What an answer of the import route means. A refused import (422) still carries the full
 * report, which says which records failed and why: that is a report to show, not an error.
 */
export function readImportResponse(status: number, statusText: string, body: unknown): ImportResponse {
  const isReport = !!body && typeof body === 'object' && 'summary' in body && 'records' in body;
  if ((status >= 200 && status < 300) || (status === 422 && isReport))
    return { ok: true, report: body as ImportReport };
  const message =
    body && typeof body === 'object' && typeof (body as { error?: unknown }).error === 'string'
      ? (body as { error: string }).error
      : statusText;
  return { ok: false, status, message };
}
