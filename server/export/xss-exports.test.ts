/**
 * The XSS corpus (e2e/xss-corpus.ts) through every export: CSV, XLSX, PDF, PPTX and JSON, as the
 * HTTP routes make them. Each file must carry the payloads as inert text: formulas neutralised,
 * no formula cells, no links but http(s), XML well-formed with the markup escaped, and the JSON
 * giving back exactly what was stored.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_LINK_URLS, FORMULA_START, fitText, XSS_HIT, XSS_PAYLOADS } from '../../e2e/xss-corpus.ts';
import { parseCsv } from '../../shared/csv.ts';
import { addDays, todayInFinland } from '../../shared/dates.ts';
import type { ExportDocument } from '../../shared/export-format.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import type { createApp } from '../http/app.ts';
import { createUser, login, SESSION_COOKIE } from '../services/auth.ts';
import { callerFor } from '../test/caller.ts';
import { createTestApp } from '../test/test-app.ts';
import { createTestDatabase } from '../test/test-database.ts';

/** Who makes the files: the packs name their maker, so the display name is a payload too. */
const MAKER = `=HYPERLINK("javascript:${XSS_HIT}('maker')","Demo") <script>${XSS_HIT}('maker')</script>`;
/** A snapshot label made to break out of the Content-Disposition header. */
const LABEL = `"; filename=evil.html\r\nX-Injected: 1 <script>${XSS_HIT}('label')</script>`;

let database: Database;
let app: ReturnType<typeof createApp>;
let maker: SessionUser;
let cookie = '';
let snapshotId = '';
const day = (n: number) => addDays(todayInFinland(), n);
const get = (path: string) => app.request(path, { headers: { Cookie: cookie } });
const bytes = async (path: string) => {
  const response = await get(path);
  expect(response.status, path).toBe(200);
  return Buffer.from(await response.arrayBuffer());
};
const texts = XSS_PAYLOADS.map((p) => p.text);

beforeAll(async () => {
  database = await createTestDatabase();
  app = createTestApp(database);
  maker = await createUser(database.db, {
    username: 'xss.maker',
    displayName: MAKER,
    role: 'coordinator',
    ministry: null,
    password: 'password',
  });
  cookie = `${SESSION_COOKIE}=${(await login(database.db, maker.username, 'password', 1)).token}`;
  const as = callerFor(database, maker);
  const criteria = await as.scoring.criteria();
  const shortNames = new Set<string>();
  const shortName = (text: string, n: number) => {
    const name = shortNames.has(fitText(text, 80)) ? fitText(text, 80, ` ${n}`) : fitText(text, 80);
    shortNames.add(name);
    return name;
  };
  const ids: string[] = [];
  for (const [n, payload] of XSS_PAYLOADS.entries()) {
    const text = payload.text;
    const act = await as.euAct.create({
      shortName: shortName(text, n),
      number: fitText(text, 80),
      kind: 'directive',
      title: { fi: text, sv: text, en: text },
      transpositionDeadline: day(30 + n),
      keyDates: [{ label: { fi: fitText(text, 200) }, date: day(20 + n) }],
      finnishLead: 'LVM',
    });
    const link = { label: fitText(text, 200), url: ALLOWED_LINK_URLS[n % ALLOWED_LINK_URLS.length] ?? '' };
    const initiative = await as.initiative.create({
      title: { fi: text, sv: text, en: text },
      summary: { fi: text, sv: text, en: text },
      kind: 'development_project',
      track: 'digitalisation_data_economy',
      leadMinistry: 'LVM',
      status: 'ongoing',
      ministryHealth: { rating: 'amber', reason: 'Alustava arvio' },
      digitoimistoHealth: { rating: 'amber', reason: 'Alustava arvio' },
      contact: { name: fitText(text, 200) },
      links: [link],
      milestones: [{ title: fitText(text, 300), dueDate: day(n % 2 ? 40 : -5) }],
      euImpacts: [{ euActId: act.id, relation: 'implements', deadline: day(25), note: text }],
    });
    ids.push(initiative.id);
    const scored = await as.scoring.setScores({
      id: initiative.id,
      priorityVersion: initiative.priorityVersion,
      scores: Object.fromEntries(criteria.map((c) => [c.key, 1 + (n % 5)])),
    });
    await as.board.move({
      id: initiative.id,
      priorityVersion: scored.priorityVersion,
      tier: 'high',
      reason: text,
    });
    if (n < 8) {
      // A few bodies and benchmarks, with their links, carry the first payloads.
      const body = await as.cooperation.body.create({
        shortName: fitText(text, 80),
        name: { fi: text },
        organisation: 'eu_council',
        ministry: 'LVM',
        agency: fitText(text, 200),
        contact: { name: fitText(text, 200) },
        representatives: [{ name: fitText(text, 200), organisation: fitText(text, 200), role: 'member' }],
        nextMeetingOn: day(10 + n),
        links: [link],
      });
      const benchmark = await as.cooperation.benchmark.create({
        shortName: fitText(text, 80),
        name: { fi: text },
        publisher: fitText(text, 200),
        cycle: 'yearly',
        nextPublicationOn: day(15 + n),
        scoreScale: fitText(text, 40),
        links: [link],
      });
      await as.cooperation.benchmark.setResult({
        benchmarkId: benchmark.id,
        result: {
          edition: fitText(text, 40),
          publishedOn: day(-30),
          score: 70,
          rank: 3,
          rankOf: 27,
          note: text,
        },
      });
      await as.cooperation.link.addBody({
        initiativeId: initiative.id,
        bodyId: body.id,
        relation: 'participates_in',
        note: text,
      });
      await as.cooperation.link.addBenchmark({
        initiativeId: initiative.id,
        benchmarkId: benchmark.id,
        note: text,
      });
    }
  }
  snapshotId = (await as.snapshot.create({ label: LABEL, note: XSS_PAYLOADS[0]?.text })).id;
  // After the snapshot: red with a payload for a reason, and to the top tier: the packs' changes quote both.
  for (const [n, id] of ids.entries()) {
    const text = XSS_PAYLOADS[n]?.text ?? '';
    const current = await as.initiative.get({ id });
    const {
      id: _id,
      version,
      tier: _tier,
      rank: _rank,
      scores: _scores,
      priorityVersion,
      weightedScore: _weighted,
      nearestEuDeadline: _nearest,
      archivedAt: _archived,
      createdAt: _created,
      updatedAt: _updated,
      createdBy: _by,
      updatedBy: _updatedBy,
      euImpacts,
      ...fields
    } = current;
    await as.initiative.update({
      id,
      version,
      data: {
        ...fields,
        euImpacts: euImpacts.map(({ euActShortName: _name, ...impact }) => impact),
        digitoimistoHealth: { rating: 'red', reason: fitText(text, 500) },
      },
    });
    await as.board.move({ id, priorityVersion, tier: 'critical', reason: text });
  }
}, 180_000);
afterAll(() => database.close());

/** Throws on the first error a strict XML parser finds; answers the text the part holds, decoded. */
function parseXml(name: string, xml: string): string {
  const parser = new SaxesParser();
  const text: string[] = [];
  parser.on('error', (error) => {
    throw new Error(`${name}: ${error.message}`);
  });
  parser.on('text', (t) => text.push(t));
  parser.write(xml).close();
  return text.join('\u0000');
}

/** The XML parts of an Office file, each parsed: its raw XML and its text. */
async function officeParts(file: Buffer) {
  const zip = await JSZip.loadAsync(file);
  const names = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
  return Promise.all(
    names.map(async (name) => {
      const xml = (await zip.file(name)?.async('string')) ?? '';
      return { name, xml, text: parseXml(name, xml) };
    }),
  );
}

/** Markup of the corpus as elements (not escaped text) in a part: what only a raw write leaves. */
const RAW_MARKUP =
  /<\/?(script|img|svg|iframe|object|embed|style|a|body|meta|base|div|details|input|form)[\s>/]/i;
const DANGEROUS_URL = /^\s*(javascript|vbscript|data|file):/i;

/** Relationship targets that leave the file (hyperlinks) and what they point at. */
function externalTargets(parts: { name: string; xml: string }[]): string[] {
  return parts
    .filter((p) => p.name.endsWith('.rels'))
    .flatMap((p) => [...p.xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]))
    .filter((r) => /TargetMode="External"/.test(r))
    .map((r) => /Target="([^"]*)"/.exec(r)?.[1] ?? '');
}

/** Every cell as a reader splitting on commas, tabs or semicolons would see it (quotes open a cell only at its start). */
function cellsForAnySeparator(text: string): string[] {
  const cells: string[] = [];
  let field = '';
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && atStart) {
      quoted = true;
      atStart = false;
    } else if (',;\t\r\n'.includes(c)) {
      cells.push(field);
      field = '';
      atStart = true;
    } else {
      field += c;
      atStart = false;
    }
  }
  cells.push(field);
  return cells;
}

describe('the corpus in the exports', () => {
  it('CSV: every cell that would start a formula is neutralised, for any separator a reader splits on', async () => {
    for (const lang of ['fi', 'en']) {
      const text = (await bytes(`/api/export/current.csv?lang=${lang}`))
        .toString('utf8')
        .replace(/^\uFEFF/, '');
      const cells = cellsForAnySeparator(text);
      expect(cells.filter((cell) => FORMULA_START.test(cell))).toEqual([]);
      // Every payload is there, as typed or behind its apostrophe, read as the file means it.
      const whole = new Set(parseCsv(text, ';').flatMap((row) => row.fields));
      for (const payload of XSS_PAYLOADS) {
        expect(whole.has(payload.text) || whole.has(`'${payload.text}`), `${lang} ${payload.id}`).toBe(true);
        if (FORMULA_START.test(payload.text)) expect(whole.has(`'${payload.text}`), payload.id).toBe(true);
      }
    }
  });

  it('XLSX: no formula cells, no hyperlinks, text cells neutralised, XML well-formed with the markup escaped', async () => {
    const file = await bytes(`/api/export/current.xlsx?compareTo=${snapshotId}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as never);
    const values: string[] = [];
    const formulas: string[] = [];
    const links: string[] = [];
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula || cell.formula) formulas.push(cell.address);
          if (cell.hyperlink) links.push(cell.hyperlink);
          if (typeof cell.value === 'string') values.push(cell.value);
          else if (cell.value && typeof cell.value === 'object' && 'richText' in cell.value)
            values.push(cell.value.richText.map((r) => r.text).join(''));
        }),
      );
    }
    expect(formulas).toEqual([]);
    expect(links.filter((url) => DANGEROUS_URL.test(url))).toEqual([]);
    expect(values.filter((value) => FORMULA_START.test(value))).toEqual([]);
    const shown = values.join('\u0000');
    for (const payload of XSS_PAYLOADS) expect(shown, payload.id).toContain(payload.text);
    expect(shown).toContain(`'${XSS_PAYLOADS.find((p) => p.id === 'x1')?.text}`);

    const parts = await officeParts(file);
    const sheets = parts.filter((p) => p.name.startsWith('xl/worksheets/'));
    expect(sheets.length).toBeGreaterThan(0);
    for (const part of parts) {
      expect(part.xml, part.name).not.toMatch(/<f[\s>]/);
      expect(part.xml, part.name).not.toMatch(RAW_MARKUP);
    }
    expect(externalTargets(parts).filter((url) => DANGEROUS_URL.test(url))).toEqual([]);
    // What the XML says, decoded, is the payload exactly: escaped, not mangled.
    const decoded = sheets.map((p) => p.text).join('\u0000');
    expect(decoded).toContain(XSS_PAYLOADS[0]?.text);
  });

  it('PPTX: every XML part well-formed, the payloads escaped text, no link but http(s)', async () => {
    const file = await bytes(`/api/export/current.pptx?compareTo=${snapshotId}`);
    const parts = await officeParts(file);
    const slides = parts.filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p.name));
    expect(slides.length).toBeGreaterThan(3);
    for (const part of parts) expect(part.xml, part.name).not.toMatch(RAW_MARKUP);
    expect(externalTargets(parts).filter((url) => DANGEROUS_URL.test(url))).toEqual([]);
    expect(
      parts.flatMap((p) => [...p.xml.matchAll(/<a:hlink\w+[^>]*action="([^"]*)"/g)].map((m) => m[1])),
    ).toEqual([]);
    const text = slides.map((p) => p.text).join('\u0000');
    // The deck shows lists and sentences, cut to fit: these whole ones are among what it shows.
    const shown = texts.filter((t) => text.includes(t));
    expect(shown.length).toBeGreaterThanOrEqual(10);
    // The cover names its maker, cut to fit the line.
    expect(text).toContain(MAKER.slice(0, 40));
    // The charts' workbooks (editable charts) hold no formula either.
    const zip = await JSZip.loadAsync(file);
    const embedded = Object.keys(zip.files).filter((n) => /^ppt\/embeddings\/.*\.xlsx$/.test(n));
    for (const name of embedded) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await zip.file(name)?.async('nodebuffer')) as never);
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            expect(cell.formula, `${name} ${cell.address}`).toBeFalsy();
            if (typeof cell.value === 'string') expect(cell.value).not.toMatch(FORMULA_START);
          }),
        ),
      );
    }
  });

  it('PDF: no script, launch or link actions but http(s), the payloads as text', async () => {
    const file = await bytes(`/api/export/current.pdf?compareTo=${snapshotId}`);
    const raw = file.toString('latin1');
    expect(raw).not.toMatch(/\/(JavaScript|JS|Launch|SubmitForm|ImportData|RichMedia)\b/);
    expect(raw).not.toMatch(/\/OpenAction/);
    const document = await getDocumentProxy(new Uint8Array(file));
    const urls: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const annotations = await (await document.getPage(n)).getAnnotations();
      for (const annotation of annotations as { url?: string; unsafeUrl?: string; action?: string }[]) {
        if (annotation.url) urls.push(annotation.url);
        if (annotation.unsafeUrl) urls.push(annotation.unsafeUrl);
        if (annotation.action) urls.push(`action:${annotation.action}`);
      }
    }
    expect(urls.filter((url) => !/^https?:\/\//i.test(url))).toEqual([]);
    const { text } = await extractText(document, { mergePages: true });
    const words = text.replace(/\s+/g, ' ');
    // Lines wrap and lists are capped: these short ones come through whole.
    for (const id of ['s1', 'j1', 'q1']) {
      const payload = XSS_PAYLOADS.find((p) => p.id === id)?.text ?? '';
      expect(words, id).toContain(payload);
    }
  });

  it('JSON: every text comes back exactly as stored, as application/json that no browser sniffs', async () => {
    const response = await get('/api/export/current.json');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const document = (await response.json()) as ExportDocument;
    expect(document.initiatives).toHaveLength(XSS_PAYLOADS.length);
    for (const [n, payload] of XSS_PAYLOADS.entries()) {
      const text = payload.text;
      const initiative = document.initiatives.find((i) => i.title.fi === text);
      expect(initiative, payload.id).toBeDefined();
      expect(initiative?.title).toEqual({ fi: text, sv: text, en: text });
      expect(initiative?.summary).toEqual({ fi: text, sv: text, en: text });
      expect(initiative?.contact?.name).toBe(fitText(text, 200));
      expect(initiative?.links).toEqual([
        { label: fitText(text, 200), url: ALLOWED_LINK_URLS[n % ALLOWED_LINK_URLS.length] },
      ]);
      expect(initiative?.milestones.map((m) => m.title)).toEqual([fitText(text, 300)]);
      expect(initiative?.euImpacts.map((i) => i.note)).toEqual([text]);
      expect(initiative?.digitoimistoHealth.reason).toBe(fitText(text, 500));
      const act = document.euActs.find((a) => a.title.fi === text);
      expect(act?.number, payload.id).toBe(fitText(text, 80));
      expect(act?.keyDates.map((k) => k.label.fi)).toEqual([fitText(text, 200)]);
    }
    for (const body of document.bodies) {
      const text = body.name.fi;
      expect(texts).toContain(text);
      expect(body.representatives.map((r) => r.name)).toEqual([fitText(text, 200)]);
      expect(body.agency).toBe(fitText(text, 200));
    }
    for (const benchmark of document.benchmarks) {
      expect(benchmark.results.map((r) => r.note)).toEqual([benchmark.name.fi]);
      expect(benchmark.publisher).toBe(fitText(benchmark.name.fi, 200));
    }
    expect(document.bodies).toHaveLength(8);
    expect(document.benchmarks).toHaveLength(8);
  });

  it('a snapshot’s label never leaves the file name of its download', async () => {
    for (const format of ['json', 'csv', 'xlsx', 'pdf', 'pptx']) {
      const response = await get(`/api/export/${snapshotId}.${format}`);
      expect(response.status, format).toBe(200);
      expect(response.headers.get('content-disposition')).toMatch(
        new RegExp(`^attachment; filename="digisalkku-\\d{4}-\\d{2}-\\d{2}-[a-z0-9-]+\\.${format}"$`),
      );
      expect(response.headers.get('x-injected')).toBeNull();
    }
  });
});
