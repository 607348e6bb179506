import { Hono } from 'hono';
import { LANGUAGES, type Language } from '../../shared/codes.ts';
import { todayInFinland } from '../../shared/dates.ts';
import { filterFromSearchParams } from '../../shared/initiative-filter.ts';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  type PackHeader,
  packFileName,
} from '../../shared/meeting-pack.ts';
import { sm } from '../../shared/server-messages.ts';
import type { Db } from '../db/database.ts';
import { renderCsv } from '../export/csv.ts';
import { renderPdf } from '../export/pdf.ts';
import { renderPptx } from '../export/pptx.ts';
import { startXlsxJob } from '../export/xlsx-job.ts';
import { exportPortfolio, readPortfolio } from '../services/export.ts';
import {
  buildInitiativesPack,
  buildSlidesPack,
  buildWorkbookRest,
  type PackRequest,
} from '../services/meeting-pack.ts';
import { Semaphore, SemaphoreFull } from '../services/semaphore.ts';
import { atSnapshot, getSnapshot } from '../services/snapshot.ts';
import type { AppEnv } from './app.ts';
import { requestLanguage } from './request-language.ts';
import { errorResponse, requireRole } from './route-guard.ts';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  json: 'application/json; charset=utf-8',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NAME = /^(current|[0-9a-f-]{36})\.([a-z]+)$/i;
/** Parameters of the route itself, not of the list's filter. */
const OWN = ['lang', 'compareTo'];

/**
 * Files are made one at a time per instance: a file of 10,000 initiatives takes seconds of CPU,
 * and the rest of the app must stay responsive while it is made (the bench measures a list read
 * meanwhile). The next one waits its turn.
 */
const making = new Semaphore(1, 8);

/**
 * `GET /api/export/{current|<snapshotId>}.{xlsx|csv|pdf|pptx|json}?lang=&<list filters>&compareTo=`:
 * the current view (the list's filter parameters) of now or of a snapshot as a file, with the
 * changes since `compareTo` in the packs. Any signed-in user. JSON without filter parameters is
 * the whole portfolio in the digisalkku format, archived initiatives too (importable as it is).
 */
/** An XLSX, CSV, PDF or PPTX file: its contents read for the format, then written. */
async function packFile(
  db: Db,
  format: Exclude<ExportFormat, 'json'>,
  request: PackRequest,
): Promise<{ day: string; label: string; body: Buffer }> {
  const named = (pack: PackHeader, body: Buffer) => ({
    day: pack.today,
    label: pack.source.kind === 'snapshot' ? pack.label : '',
    body,
  });
  switch (format) {
    case 'xlsx': {
      const job = startXlsxJob(request.language);
      try {
        const rest = await buildWorkbookRest(db, request, (documents, today, scoring) =>
          job.initiatives(documents, today, scoring),
        );
        return named(rest, await job.finish(rest));
      } finally {
        job.stop();
      }
    }
    case 'csv': {
      const pack = await buildInitiativesPack(db, request);
      return named(pack, renderCsv(pack));
    }
    case 'pdf':
    case 'pptx': {
      const pack = await buildSlidesPack(db, request);
      return named(pack, format === 'pdf' ? await renderPdf(pack) : await renderPptx(pack));
    }
  }
}

export function exportRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/export/:name', requireRole('viewer'), async (c) => {
    const match = NAME.exec(c.req.param('name'));
    const format = match?.[2]?.toLowerCase() as ExportFormat | undefined;
    if (!match || !format || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
      return c.json({ error: sm('exportFormat', { formats: EXPORT_FORMATS.join(', ') }) }, 400);
    }
    const ref = match[1]?.toLowerCase() ?? 'current';
    if (ref !== 'current' && !UUID.test(ref)) return c.json({ error: sm('snapshotNotFound') }, 404);
    const url = new URL(c.req.url);
    const lang = url.searchParams.get('lang');
    const language: Language = (LANGUAGES as readonly string[]).includes(lang ?? '')
      ? (lang as Language)
      : requestLanguage(c.req.raw);
    const compareTo = url.searchParams.get('compareTo') ?? undefined;
    if (compareTo !== undefined && !UUID.test(compareTo))
      return c.json({ error: sm('snapshotNotFound') }, 404);
    const filterParams = new URLSearchParams(url.searchParams);
    for (const key of OWN) filterParams.delete(key);
    const { filter } = filterFromSearchParams(filterParams);
    const db = c.get('database').db;
    const user = c.get('user');
    if (!user) return c.json({ error: sm('signInFirst') }, 401);
    const source = ref === 'current' ? 'now' : ref;
    try {
      const file = await making.run(async () => {
        if (format === 'json') {
          const snapshot = source === 'now' ? null : await getSnapshot(db, source);
          const selection = filterParams.size > 0 ? filter : null;
          const document = snapshot
            ? await atSnapshot(db, snapshot.id, (at) => readPortfolio(at, new Date(), selection))
            : await exportPortfolio(db, new Date(), selection);
          const day = snapshot?.day ?? todayInFinland();
          return { day, label: snapshot?.label ?? '', body: JSON.stringify(document) as string | Buffer };
        }
        return packFile(db, format, { source, filter, language, compareTo, user });
      });
      c.header('Content-Type', CONTENT_TYPES[format]);
      c.header('Content-Disposition', `attachment; filename="${packFileName(file.day, file.label, format)}"`);
      c.header('Cache-Control', 'no-store');
      return c.body(typeof file.body === 'string' ? file.body : new Uint8Array(file.body));
    } catch (error) {
      if (error instanceof SemaphoreFull) {
        c.header('Retry-After', '10');
        return c.json({ error: sm('exportsBusy') }, 429);
      }
      return errorResponse(c, 'export', error);
    }
  });
  return routes;
}
