import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initiatives } from '../../drizzle/schema/index.ts';
import { todayInFinland } from '../../shared/dates.ts';
import type { ExportDocument, ImportReport } from '../../shared/export-format.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { login, SESSION_COOKIE } from '../services/auth.ts';
import { createInitiative } from '../test/factories.ts';
import { createTestApp } from '../test/test-app.ts';
import { createTestDatabase, createTestUser } from '../test/test-database.ts';
import { deflatedZeros, zipOf } from '../test/zip.ts';
import type { createApp } from './app.ts';

let database: Database;
let app: ReturnType<typeof createApp>;
const cookies: Record<string, string> = {};

async function signIn(user: SessionUser): Promise<string> {
  const { token } = await login(database.db, user.username, 'password', 1);
  return `${SESSION_COOKIE}=${token}`;
}

const post = (path: string, body: BodyInit | null, cookie?: string) =>
  app.request(path, { method: 'POST', body, headers: cookie ? { Cookie: cookie } : {} });

/** An XLSX-shaped zip of one sheet of `mebibytes` MiB of zeros; `declaredSize` is what it claims. */
const xlsxBomb = (mebibytes: number, declaredSize: number) =>
  new Uint8Array(zipOf([{ name: 'xl/worksheets/sheet1.xml', data: deflatedZeros(mebibytes), declaredSize }]));

const HEADER = 'title_fi;summary_fi;kind;track;lead_ministry;status';
const ROW = (title: string) => `${title};Tiivistelmä;development_project;public_administration;VM;ongoing`;

beforeAll(async () => {
  database = await createTestDatabase();
  app = createTestApp(database);
  for (const [name, role, ministry] of [
    ['admin', 'admin', null],
    ['coordinator', 'coordinator', null],
    ['editor', 'editor', 'VM'],
    ['viewer', 'viewer', null],
  ] as const) {
    cookies[name] = await signIn(await createTestUser(database, role, ministry));
  }
});
afterAll(() => database.close());

describe('GET /api/export/current.json', () => {
  it('answers 401 JSON without a session', async () => {
    const response = await app.request('/api/export/current.json');
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: 'Your session has ended or you are not signed in; sign in first.',
    });
  });

  it('gives any signed-in user the portfolio as a dated attachment', async () => {
    const viewerCookie = cookies.viewer ?? '';
    const response = await app.request('/api/export/current.json', { headers: { Cookie: viewerCookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Disposition')).toBe(
      `attachment; filename="digisalkku-${todayInFinland()}.json"`,
    );
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    const document = (await response.json()) as ExportDocument;
    expect(document).toMatchObject({ format: 'digisalkku', formatVersion: 2, euActs: [], initiatives: [] });
    expect(Date.parse(document.exportedAt)).not.toBeNaN();
  });
});

describe('POST /api/import', () => {
  it('answers 401 without a session and 403 for viewers and editors', async () => {
    const csv = `${HEADER}\n${ROW('Ei pääse')}\n`;
    expect((await post('/api/import?format=csv', csv)).status).toBe(401);
    for (const role of ['viewer', 'editor']) {
      const response = await post('/api/import?format=csv', csv, cookies[role]);
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({
        error: 'This needs the coordinator role or higher; ask an administrator if you need it.',
      });
    }
    expect(await database.db.$count(initiatives)).toBe(0);
  });

  it('answers 400 naming the allowed formats, and for a bad dryRun', async () => {
    for (const query of ['', '?format=pdf']) {
      const response = await post(`/api/import${query}`, 'x', cookies.coordinator);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(
        /one of digisalkku, hankeikkuna, csv, xlsx/,
      );
    }
    const response = await post('/api/import?format=csv&dryRun=maybe', 'x', cookies.coordinator);
    expect(response.status).toBe(400);
  });

  it('answers 413 naming the limit for files over 20 MB', async () => {
    for (const megabytes of [25, 50]) {
      const response = await post(
        '/api/import?format=csv',
        new Uint8Array(megabytes * 1024 * 1024).fill(0x41),
        cookies.coordinator,
      );
      expect(response.status).toBe(413);
      expect(((await response.json()) as { error: string }).error).toBe(
        'The file is larger than the 20 MB import limit; split it into smaller files.',
      );
    }
  });

  it('answers 413 for an XLSX bomb without inflating it whole, honest or lying about its size', async () => {
    const before = await database.db.$count(initiatives);
    // 2 GiB of zeros in about 2 MB; the first declares it, the second claims 1 KiB.
    for (const [variant, declaredSize, message] of [
      [
        'declared',
        2 ** 31,
        '"xl/worksheets/sheet1.xml" would unpack to 2,048 MB, more than the 100 MB allowed',
      ],
      ['lying', 1024, '"xl/worksheets/sheet1.xml" unpacks to more than the 100 MB allowed'],
    ] as const) {
      const bomb = xlsxBomb(2048, declaredSize);
      const baseline = process.memoryUsage().rss;
      let peak = baseline;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 5);
      const started = performance.now();
      const response = await post('/api/import?format=xlsx&dryRun=true', bomb, cookies.coordinator);
      const body = (await response.json()) as { error: string };
      const elapsed = performance.now() - started;
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      const growth = (peak - baseline) / 1024 / 1024;
      console.log(
        `XLSX bomb (${variant}, ${(bomb.length / 1024 / 1024).toFixed(1)} MB → 2 GiB): ${response.status} in ${elapsed.toFixed(0)} ms, peak RSS growth ${growth.toFixed(1)} MB`,
      );
      expect(response.status).toBe(413);
      expect(body.error).toBe(
        `The workbook is too large when unpacked: ${message} for one entry. Split it into smaller files.`,
      );
      expect(growth).toBeLessThan(200);
    }
    expect(await database.db.$count(initiatives)).toBe(before);
  });

  it('answers 400 for a file that cannot be read', async () => {
    const response = await post('/api/import?format=digisalkku', '{"format":', cookies.coordinator);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/^The file is not valid JSON/);
    const hankeikkuna = await post('/api/import?format=hankeikkuna', '{"result": {}}', cookies.coordinator);
    expect(((await hankeikkuna.json()) as { error: string }).error).toMatch(
      /^This is not a Hankeikkuna kohteet\/haku response: Expected the body of a kohteet\/haku response/,
    );
  });

  it('reports a dry run without writing, then imports; HTML stays inert text', async () => {
    const title = '<script>alert("x")</script><b>Hanke</b>';
    const csv = `${HEADER}\n"${title.replaceAll('"', '""')}";Tiivistelmä;development_project;public_administration;VM;ongoing\n`;
    const dry = await post('/api/import?format=csv&dryRun=true', csv, cookies.coordinator);
    expect(dry.status).toBe(200);
    expect((await dry.json()) as ImportReport).toMatchObject({
      dryRun: true,
      format: 'csv',
      summary: { created: 1, updated: 0, unchanged: 0, rejected: 0 },
      records: [{ index: 0, row: 2, key: title, outcome: 'created' }],
    });
    expect(await database.db.$count(initiatives)).toBe(0);

    const real = await post('/api/import?format=csv', csv, cookies.admin);
    expect(real.status).toBe(200);
    expect(((await real.json()) as ImportReport).summary.created).toBe(1);
    const exported = (await (
      await app.request('/api/export/current.json', { headers: { Cookie: cookies.viewer ?? '' } })
    ).json()) as ExportDocument;
    expect(exported.initiatives.map((i) => i.title.fi)).toEqual([title]);
  });

  it('answers 422 with the report and writes nothing when a record is rejected', async () => {
    const before = await database.db.$count(initiatives);
    const csv = `${HEADER}\n${ROW('Hyvä')}\n${ROW('x'.repeat(100_000))}\n${ROW('Toinen hyvä')}\n`;
    const response = await post('/api/import?format=csv', csv, cookies.coordinator);
    expect(response.status).toBe(422);
    const report = (await response.json()) as ImportReport;
    expect(report.summary).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 1 });
    expect(report.records[1]).toMatchObject({
      index: 1,
      row: 3,
      outcome: 'rejected',
      reasons: ['Title in Finnish (column title_fi): At most 500 characters.'],
    });
    expect(await database.db.$count(initiatives)).toBe(before);
  });

  it('imports its own export as unchanged', async () => {
    const editorUser = await createTestUser(database, 'coordinator');
    await createInitiative(database, editorUser, { projectNumber: 'VM099:00/2025' });
    const file = await (
      await app.request('/api/export/current.json', { headers: { Cookie: cookies.viewer ?? '' } })
    ).text();
    const response = await post('/api/import?format=digisalkku', file, cookies.coordinator);
    expect(response.status).toBe(200);
    const report = (await response.json()) as ImportReport;
    expect(report.summary).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
  });
});

describe('cross-site requests', () => {
  const csv = `${HEADER}\n${ROW('Ristiinsivupyyntö')}\n`;

  it('refuses an import posted from another site, even with a coordinator cookie, and writes nothing', async () => {
    const before = await database.db.$count(initiatives);
    const foreign: Record<string, string>[] = [
      { 'Sec-Fetch-Site': 'same-site' },
      { 'Sec-Fetch-Site': 'cross-site' },
      { Origin: 'https://evil.example' },
    ];
    for (const headers of foreign) {
      const response = await app.request('/api/import?format=csv', {
        method: 'POST',
        body: csv,
        headers: { Cookie: cookies.coordinator ?? '', ...headers },
      });
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: string }).error).toMatch(/other sites/);
    }
    expect(await database.db.$count(initiatives)).toBe(before);
  });

  it('accepts the same import from the app itself (same-origin), as a dry run', async () => {
    const response = await app.request('http://localhost/api/import?format=csv&dryRun=true', {
      method: 'POST',
      body: csv,
      headers: {
        Cookie: cookies.coordinator ?? '',
        'Sec-Fetch-Site': 'same-origin',
        Origin: 'http://localhost',
      },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as ImportReport).summary.created).toBe(1);
  });
});
