import type { MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  IMPORT_FORMATS,
  type ImportFormat,
  importFailed,
  importFormatSchema,
} from '../../shared/export-format.ts';
import { fm } from '../../shared/messages/import-file-messages.ts';
import { sm } from '../../shared/server-messages.ts';
import { ImportTooLargeError } from '../services/import/plan.ts';
import { ImportFileError, MAX_IMPORT_BYTES, runImport } from '../services/import/runner.ts';
import type { AppEnv } from './app.ts';
import { errorResponse, requireRole } from './route-guard.ts';

/** The query parameters of an import, or the message saying what is wrong with them. */
function importParameters(
  format: string | undefined,
  dryRun: string | undefined,
): { format: ImportFormat; dryRun: boolean } | string {
  const parsed = importFormatSchema.safeParse(format);
  if (!parsed.success) {
    const formats = IMPORT_FORMATS.join(', ');
    return format
      ? fm('unknownFormat', { format: format.slice(0, 40), formats })
      : fm('noFormat', { formats });
  }
  if (dryRun !== undefined && !['true', 'false', '1', '0'].includes(dryRun)) return fm('dryRun');
  return { format: parsed.data, dryRun: dryRun === 'true' || dryRun === '1' };
}

/** Checked before the body is read, so a wrong link costs nothing. */
const checkImportParameters: MiddlewareHandler<AppEnv> = async (c, next) => {
  const parameters = importParameters(c.req.query('format'), c.req.query('dryRun'));
  if (typeof parameters === 'string') return c.json({ error: parameters }, 400);
  await next();
};

const MAX_MB = MAX_IMPORT_BYTES / 1024 / 1024;
const importLimit = bodyLimit({
  maxSize: MAX_IMPORT_BYTES,
  onError: (c) => c.json({ error: fm('fileTooLarge', { max: MAX_MB }) }, 413),
});

/** Records in: the import route (see docs/import-export.md); the exports are export-routes.ts. */
export function recordsRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  /**
   * Imports a file (the raw request body) all or nothing; `dryRun=true` only reports.
   * Coordinators and admins. 200 with the report, 422 with it when a record is rejected.
   */
  routes.post('/import', requireRole('coordinator'), checkImportParameters, importLimit, async (c) => {
    const parameters = importParameters(c.req.query('format'), c.req.query('dryRun'));
    const user = c.get('user');
    if (typeof parameters === 'string' || !user) return c.json({ error: sm('badRequest') }, 400);
    const { format, dryRun } = parameters;
    try {
      const body = new Uint8Array(await c.req.arrayBuffer());
      const report = await runImport(c.get('database').db, { format, body, actor: user, dryRun });
      return c.json(report, importFailed(report) ? 422 : 200);
    } catch (error) {
      if (error instanceof ImportTooLargeError) return c.json({ error: error.message, format, dryRun }, 413);
      if (error instanceof ImportFileError) return c.json({ error: error.message, format, dryRun }, 400);
      // A domain error here is a save that raced the import between its two phases (409).
      return errorResponse(c, 'import', error, { format, dryRun });
    }
  });

  return routes;
}
