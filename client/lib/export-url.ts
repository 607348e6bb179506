import {
  filterToSearchParams,
  type InitiativeFilter,
  type InitiativeSort,
} from '../../shared/initiative-filter.ts';
import type { Language } from '../../shared/language.ts';
import type { ExportFormat } from '../../shared/meeting-pack.ts';

/** What to download: a format and language of the live portfolio or a snapshot, under a filter. */
export interface ExportRequest {
  format: ExportFormat;
  language: Language;
  /** The snapshot to export; absent: the live portfolio ("current"). */
  snapshotId?: string | undefined;
  filter?: InitiativeFilter;
  sort?: InitiativeSort | undefined;
  /** A snapshot whose changes up to the exported picture the file tells. */
  compareTo?: string | undefined;
}

/**
 * The export route's address of a request: `/api/export/{current|<id>}.<format>` with the
 * list's filter parameters exactly as the list writes them in its URL, `lang`, and
 * `compareTo` unless it names the exported snapshot itself (nothing to compare).
 */
export function exportUrl({ format, language, snapshotId, filter, sort, compareTo }: ExportRequest): string {
  const params = filterToSearchParams(filter ?? {}, sort);
  params.set('lang', language);
  if (compareTo && compareTo !== snapshotId) params.set('compareTo', compareTo);
  return `/api/export/${encodeURIComponent(snapshotId ?? 'current')}.${format}?${params.toString()}`;
}

/**
 * The file name a `Content-Disposition` header gives (RFC 6266: `filename*=UTF-8''…` before
 * `filename="…"`), without any folder part; the fallback without one.
 */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  let name: string | undefined;
  if (extended?.[2]) {
    try {
      name = decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''));
    } catch {
      name = undefined;
    }
  }
  if (!name) {
    const quoted = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header);
    const bare = /filename\s*=\s*([^;\s]+)/i.exec(header);
    name = quoted?.[1]?.replace(/\\(.)/g, '$1') ?? bare?.[1];
  }
  const base = name?.split(/[\\/]/).pop()?.trim();
  return base || fallback;
}

/** The message of an error answer (`{ error }` in JSON), or null when the body says none. */
export function errorMessageOf(body: string): string | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object' && 'error' in parsed) {
      const { error } = parsed as { error: unknown };
      if (typeof error === 'string' && error.trim()) return error;
      if (error && typeof error === 'object' && 'message' in error) {
        const message = (error as { message: unknown }).message;
        if (typeof message === 'string' && message.trim()) return message;
      }
    }
  } catch {
    // Not JSON (a proxy's error page): the caller says it in its own words.
  }
  return null;
}
