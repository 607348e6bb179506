import type { ImportFormat } from '../../../shared/export-format.ts';

const isZip = (body: Uint8Array) =>
  body[0] === 0x50 && body[1] === 0x4b && body[2] === 0x03 && body[3] === 0x04;

function jsonFormat(body: Uint8Array): ImportFormat | null {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(body).replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  const record = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  if (record.format === 'digisalkku') return 'digisalkku';
  if (Array.isArray(record.result)) return 'hankeikkuna';
  return null;
}

/**
 * The format of a file from its name and content, for the command line: `.xlsx` or a zip
 * signature → xlsx; `.csv`, `.tsv`, `.txt` → csv; JSON → digisalkku (its `format` field) or
 * hankeikkuna (a `result` array). A `.json` file that is not valid JSON is read as digisalkku,
 * so the import names the syntax error. `null` when it cannot tell.
 */
export function guessImportFormat(fileName: string, body: Uint8Array): ImportFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'xlsx' || isZip(body)) return 'xlsx';
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return 'csv';
  const looksLikeJson = new TextDecoder()
    .decode(body.subarray(0, 16))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('{');
  if (extension !== 'json' && !looksLikeJson) return null;
  return jsonFormat(body) ?? (extension === 'json' ? 'digisalkku' : null);
}
