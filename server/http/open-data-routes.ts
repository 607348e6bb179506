/**
 * The open-data feed, without sign-in: `GET /api/open/initiatives.json` and `.csv` (OPEN_DATA=true;
 * otherwise these addresses do not exist). Public fields only (server/services/open-data.ts).
 * Cacheable — an ETag of the data version, `Cache-Control: public` for five minutes, one rendered
 * answer kept per format and language until the data changes — and rate-limited per client
 * network, so the feed cannot be used to load the service.
 */
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { type Context, Hono } from 'hono';
import { LANGUAGES, type Language } from '../../shared/codes.ts';
import { sm } from '../../shared/server-messages.ts';
import { dataVersion } from '../db/write-transaction.ts';
import { renderInitiativesCsv } from '../export/csv.ts';
import { initiativeColumns } from '../export/initiative-columns.ts';
import { networkOf } from '../services/login-throttle.ts';
import {
  OPEN_DATA_FORMAT,
  OPEN_DATA_FORMAT_VERSION,
  PUBLIC_FIELDS,
  publicInitiative,
  publishable,
  readOpenInitiatives,
} from '../services/open-data.ts';
import type { AppEnv } from './app.ts';
import { clientAddress } from './client-address.ts';
import { requestLanguage } from './request-language.ts';

/** Requests a client network may make per window; a consumer polling every minute uses two. */
export const OPEN_DATA_REQUESTS_PER_WINDOW = 60;
const WINDOW_MS = 60_000;
const MAX_AGE_SECONDS = 300;

/** A fixed-window count per client network, in this instance's memory (the feed is public data). */
class WindowCounter {
  private windowStart = 0;
  private counts = new Map<string, number>();
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}
  /** Counts a request; the seconds to wait when over the limit, else null. */
  take(key: string, now = Date.now()): number | null {
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now;
      this.counts.clear();
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return count > this.limit ? Math.ceil((this.windowStart + this.windowMs - now) / 1000) : null;
  }
}

interface Rendered {
  key: string;
  etag: string;
  body: Uint8Array<ArrayBuffer>;
  /** The same, gzipped once (in libuv's threads): the whole portfolio is megabytes of JSON. */
  gzip: Uint8Array<ArrayBuffer>;
}

const gzipped = promisify(gzip);

const CONTENT_TYPES = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8' };

export interface OpenDataOptions {
  enabled: boolean;
  trustProxy: number;
  requestsPerWindow?: number;
}

export function openDataRoutes(options: OpenDataOptions): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const limiter = new WindowCounter(options.requestsPerWindow ?? OPEN_DATA_REQUESTS_PER_WINDOW, WINDOW_MS);
  const kept = new Map<string, Rendered>();

  const feed = (format: 'json' | 'csv') => async (c: Context<AppEnv>) => {
    if (!options.enabled) return c.json({ error: sm('noSuchApiRoute') }, 404);
    const address = clientAddress(c, options.trustProxy);
    const wait = limiter.take(networkOf(address) ?? address);
    if (wait !== null) {
      c.header('Retry-After', String(wait));
      return c.json({ error: sm('openDataRateLimited', { seconds: wait }) }, 429);
    }
    const asked = c.req.query('lang');
    const language: Language = LANGUAGES.includes(asked as Language)
      ? (asked as Language)
      : requestLanguage(c.req.raw);
    const db = c.get('database').db;
    const slot = `${format}:${format === 'csv' ? language : '-'}`;
    const version = await dataVersion(db);
    let rendered = kept.get(slot);
    if (!rendered || rendered.key !== `${slot}:${version}`) {
      const open = await readOpenInitiatives(db);
      const key = `${slot}:${open.dataVersion}`;
      const body =
        format === 'json'
          ? Buffer.from(
              JSON.stringify({
                format: OPEN_DATA_FORMAT,
                formatVersion: OPEN_DATA_FORMAT_VERSION,
                generatedAt: new Date().toISOString(),
                fields: PUBLIC_FIELDS.map(({ key: field, label }) => ({ key: field, label })),
                initiatives: open.initiatives.map(publicInitiative),
              }),
            )
          : renderInitiativesCsv(
              open.initiatives.map(publishable),
              language,
              initiativeColumns(language, PUBLIC_FIELDS),
            );
      rendered = {
        key,
        etag: `"${key}"`,
        body: body as Uint8Array<ArrayBuffer>,
        gzip: (await gzipped(body)) as Uint8Array<ArrayBuffer>,
      };
      kept.set(slot, rendered);
    }
    const headers = {
      'Cache-Control': `public, max-age=${MAX_AGE_SECONDS}`,
      ETag: rendered.etag,
      Vary: 'Accept-Language, Accept-Encoding',
      'Access-Control-Allow-Origin': '*',
    };
    if (c.req.header('if-none-match') === rendered.etag) return c.body(null, 304, headers);
    const compressed = /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
    return c.body(compressed ? rendered.gzip : rendered.body, 200, {
      ...headers,
      ...(compressed ? { 'Content-Encoding': 'gzip' } : {}),
      'Content-Type': CONTENT_TYPES[format],
      ...(format === 'csv'
        ? { 'Content-Disposition': `attachment; filename="digisalkku-initiatives-${language}.csv"` }
        : {}),
    });
  };
  routes.get('/open/initiatives.json', feed('json'));
  routes.get('/open/initiatives.csv', feed('csv'));
  return routes;
}
