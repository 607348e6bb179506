import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditEvents,
  benchmarkResults,
  cooperationBodies,
  initiativeBenchmarks,
  initiativeBodies,
} from '../../../drizzle/schema/index.ts';
import type { ExportDocument } from '../../../shared/export-format.ts';
import type { SessionUser } from '../../../shared/user.ts';
import { setValidationLanguage } from '../../../shared/validation-messages.ts';
import type { Database } from '../../db/database.ts';
import { createBenchmark, createBody, createEuAct, createInitiative } from '../../test/factories.ts';
import { createTestDatabase, createTestUser } from '../../test/test-database.ts';
import { setResult } from '../benchmark.ts';
import { linkBenchmark, linkBody } from '../cooperation-links.ts';
import { exportPortfolio } from '../export.ts';
import { runImport } from './runner.ts';

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const SYSTEM = { system: 'Test import' };

let source: Database;
let target: Database;
let coordinator: SessionUser;

/** What the target chooses itself (ids, times) left out; lists in a stable order. */
function comparable(document: ExportDocument) {
  return {
    euActs: document.euActs,
    bodies: document.bodies,
    benchmarks: document.benchmarks,
    initiatives: document.initiatives
      .map(({ id: _id, createdAt: _c, updatedAt: _u, ...rest }) => rest)
      .sort((a, b) => a.title.fi.localeCompare(b.title.fi)),
  };
}

const importInto = (database: Database, document: unknown) =>
  runImport(database.db, { format: 'digisalkku', body: encode(document), actor: SYSTEM });

beforeAll(async () => {
  [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  coordinator = await createTestUser(source, 'coordinator');
  await createEuAct(source, coordinator, { shortName: 'IEA', kind: 'regulation' });
  const [act] = await source.db.query.euActs.findMany();
  const board = await createBody(source, coordinator, {
    shortName: 'IEB',
    name: {
      fi: 'Yhteentoimiva Eurooppa -lautakunta',
      sv: 'Styrelsen för ett interoperabelt Europa',
      en: 'Interoperable Europe Board',
    },
    organisation: 'eu_act_board',
    ministry: 'VM',
    agency: 'Digi- ja väestötietovirasto',
    representatives: [{ name: 'Yhteentoimivuusjohtaja', organisation: 'VM', role: 'member' }],
    mandateStart: '2025-01-01',
    mandateEnd: '2027-12-31',
    meetingRhythm: 'quarterly',
    nextMeetingOn: '2027-01-15',
    links: [{ label: 'Interoperable Europe', url: 'https://interoperable-europe.ec.europa.eu/' }],
    euActId: act?.id ?? null,
  });
  const eLeaders = await createBody(source, coordinator, {
    shortName: 'OECD E-Leaders',
    organisation: 'oecd',
  });
  const desi = await createBenchmark(source, coordinator, {
    shortName: 'DESI',
    publisher: 'European Commission',
    scoreScale: '0–100',
    nextPublicationOn: '2027-06-30',
  });
  await setResult(source.db, coordinator, {
    benchmarkId: desi.id,
    result: { edition: '2022', publishedOn: '2022-07-28', score: 69.6, rank: 1, rankOf: 27 },
  });
  await setResult(source.db, coordinator, {
    benchmarkId: desi.id,
    result: { edition: '2023', score: 70.2, note: 'Viimeinen DESI-indeksi' },
  });
  await createBenchmark(source, coordinator, { shortName: 'UN EGDI', cycle: 'every_two_years' });
  const linked = await createInitiative(source, coordinator, {
    projectNumber: 'VM123:00/2025',
    title: { fi: 'Yhteentoimivuuslaki' },
    leadMinistry: 'VM',
  });
  await createInitiative(source, coordinator, { title: { fi: 'Linkitön hanke' }, leadMinistry: 'VM' });
  await linkBody(source.db, coordinator, {
    initiativeId: linked.id,
    bodyId: board.id,
    relation: 'participates_in',
  });
  await linkBody(source.db, coordinator, {
    initiativeId: linked.id,
    bodyId: board.id,
    relation: 'prepares_position',
    note: 'Kanta kevään kokoukseen',
  });
  await linkBody(source.db, coordinator, {
    initiativeId: linked.id,
    bodyId: eLeaders.id,
    relation: 'reports_to',
  });
  await linkBenchmark(source.db, coordinator, {
    initiativeId: linked.id,
    benchmarkId: desi.id,
    note: 'Mittari 3b',
  });
});
afterAll(async () => {
  setValidationLanguage('en');
  await Promise.all([source?.close(), target?.close()]);
});

describe('digisalkku file version 2: cooperation', () => {
  it('round-trips bodies, their acts, benchmarks with results and the initiatives’ links into a fresh database', async () => {
    const exported = await exportPortfolio(source.db);
    expect(exported.formatVersion).toBe(2);
    expect(exported.bodies.map((b) => [b.shortName, b.euAct])).toEqual([
      ['IEB', 'IEA'],
      ['OECD E-Leaders', null],
    ]);
    expect(exported.benchmarks.find((b) => b.shortName === 'DESI')?.results.map((r) => r.edition)).toEqual([
      '2022',
      '2023',
    ]);
    const linked = exported.initiatives.find((i) => i.projectNumber === 'VM123:00/2025');
    expect(linked?.bodies).toHaveLength(3);
    expect(linked?.benchmarks).toEqual([{ benchmark: 'DESI', note: 'Mittari 3b' }]);
    expect(JSON.stringify(exported.bodies)).not.toMatch(/"euActId"|"id"/);

    const report = await importInto(target, exported);
    expect(report.summary).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(report.bodies?.map((b) => [b.key, b.outcome])).toEqual([
      ['IEB', 'created'],
      ['OECD E-Leaders', 'created'],
    ]);
    expect(report.benchmarks?.map((b) => [b.key, b.outcome])).toEqual([
      ['DESI', 'created'],
      ['UN EGDI', 'created'],
    ]);

    const again = await exportPortfolio(target.db);
    expect(comparable(again)).toEqual(comparable(exported));
    // Each write has its history: the body's import event, the results, the links.
    const [ieb] = await target.db
      .select()
      .from(cooperationBodies)
      .where(eq(cooperationBodies.shortName, 'IEB'));
    const bodyEvents = await target.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, ieb?.id ?? ''));
    expect(bodyEvents.map((e) => e.action)).toEqual(['import']);
    const targetLinked = again.initiatives.find((i) => i.projectNumber === 'VM123:00/2025');
    const linkEvents = await target.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entityType, 'cooperation_link'), eq(auditEvents.entityId, targetLinked?.id ?? '')),
      );
    expect(linkEvents).toHaveLength(1);

    // Its own export imported again changes nothing and writes no history.
    const eventsBefore = await target.db.$count(auditEvents);
    const second = await importInto(target, again);
    expect(second.summary).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
    expect(second.bodies?.every((b) => b.outcome === 'unchanged')).toBe(true);
    expect(second.benchmarks?.every((b) => b.outcome === 'unchanged')).toBe(true);
    expect(await target.db.$count(auditEvents)).toBe(eventsBefore);
  });

  it('updates bodies and results by short name and replaces an initiative’s links with the file’s', async () => {
    const exported = await exportPortfolio(target.db);
    const ieb = exported.bodies.find((b) => b.shortName === 'IEB');
    const desi = exported.benchmarks.find((b) => b.shortName === 'DESI');
    const linked = exported.initiatives.find((i) => i.projectNumber === 'VM123:00/2025');
    if (!ieb || !desi || !linked) throw new Error('missing');
    ieb.nextMeetingOn = '2027-03-20';
    desi.results = [{ ...desi.results[1], edition: '2023', score: 70.5 } as (typeof desi.results)[number]];
    linked.bodies = [{ body: 'OECD E-Leaders', relation: 'chairs', note: null }];
    delete linked.benchmarks;

    const report = await importInto(target, exported);
    expect(report.bodies?.find((b) => b.key === 'IEB')).toMatchObject({
      outcome: 'updated',
      changedFields: ['nextMeetingOn'],
    });
    expect(report.benchmarks?.find((b) => b.key === 'DESI')).toMatchObject({
      outcome: 'updated',
      changedFields: ['results.2023'],
    });
    expect(report.records.find((r) => r.key === 'VM123:00/2025')).toMatchObject({
      outcome: 'updated',
      changedFields: ['bodies'],
    });

    const again = await exportPortfolio(target.db);
    const after = again.initiatives.find((i) => i.projectNumber === 'VM123:00/2025');
    expect(after?.bodies).toEqual([{ body: 'OECD E-Leaders', relation: 'chairs', note: null }]);
    // The file left the benchmarks out: they stay as they were.
    expect(after?.benchmarks).toEqual([{ benchmark: 'DESI', note: 'Mittari 3b' }]);
    expect(again.bodies.find((b) => b.shortName === 'IEB')?.nextMeetingOn).toBe('2027-03-20');
    // Editions the file leaves out stay; the one it has is corrected.
    expect(
      again.benchmarks.find((b) => b.shortName === 'DESI')?.results.map((r) => [r.edition, r.score]),
    ).toEqual([
      ['2022', 69.6],
      ['2023', 70.5],
    ]);
  });

  it('rejects a link to a body or benchmark neither the database nor the file has, naming it, and writes nothing', async () => {
    const exported = await exportPortfolio(target.db);
    const linked = exported.initiatives.find((i) => i.projectNumber === 'VM123:00/2025');
    if (!linked) throw new Error('missing');
    linked.bodies = [{ body: 'Ei tällaista', relation: 'reports_to', note: null }];
    linked.benchmarks = [{ benchmark: 'Ei vertailua', note: null }];
    exported.bodies.push({
      ...(exported.bodies[0] as ExportDocument['bodies'][number]),
      shortName: 'Uusi elin',
    });
    const links = await target.db.$count(initiativeBodies);
    const bodies = await target.db.$count(cooperationBodies);

    setValidationLanguage('fi');
    const report = await importInto(target, exported);
    setValidationLanguage('en');
    const record = report.records.find((r) => r.key === 'VM123:00/2025');
    expect(record?.outcome).toBe('rejected');
    expect(record?.reasons).toEqual([
      'Yhteistyöelinlinkin 1 elin: "Ei tällaista" ei ole yhteistyöelinten joukossa eikä tiedoston toimielimissä; lisää se ensin jompaankumpaan.',
      'Vertailulinkin 1 vertailu: "Ei vertailua" ei ole vertailujen joukossa eikä tiedoston vertailuissa; lisää se ensin jompaankumpaan.',
    ]);
    expect(await target.db.$count(initiativeBodies)).toBe(links);
    expect(await target.db.$count(cooperationBodies)).toBe(bodies);
  });

  it('rejects a body whose EU act is unknown and a benchmark with an edition twice', async () => {
    const exported = await exportPortfolio(target.db);
    exported.bodies.push({
      ...(exported.bodies[0] as ExportDocument['bodies'][number]),
      shortName: 'Toinen elin',
      euAct: 'Tuntematon säädös',
    });
    const desi = exported.benchmarks.find((b) => b.shortName === 'DESI');
    desi?.results.push({ ...(desi.results[0] as (typeof desi.results)[number]), score: 1 });
    const report = await importInto(target, exported);
    expect(report.bodies?.find((b) => b.key === 'Toinen elin')).toMatchObject({
      outcome: 'rejected',
      reasons: [expect.stringContaining('"Tuntematon säädös" is not in the EU act catalogue')],
    });
    expect(report.benchmarks?.find((b) => b.key === 'DESI')).toMatchObject({
      outcome: 'rejected',
      reasons: ['Result 3 edition: edition 2022 is already result 1; keep one result per edition.'],
    });
    expect(await target.db.$count(cooperationBodies, eq(cooperationBodies.shortName, 'Toinen elin'))).toBe(0);
  });

  it('imports a version 1 file as before, leaving bodies, benchmarks and links alone', async () => {
    const exported = await exportPortfolio(target.db);
    const version1 = {
      format: 'digisalkku',
      formatVersion: 1,
      exportedAt: exported.exportedAt,
      euActs: exported.euActs,
      // A version 1 file knew nothing of links: any it carries are not read.
      initiatives: exported.initiatives.map(({ bodies: _b, benchmarks: _m, ...initiative }) => ({
        ...initiative,
        title: { ...initiative.title, fi: `${initiative.title.fi} (v1)` },
        bodies: [{ body: 'Ei tällaista', relation: 'reports_to', note: null }],
      })),
    };
    const before = {
      links: await target.db.$count(initiativeBodies),
      benchmarkLinks: await target.db.$count(initiativeBenchmarks),
      results: await target.db.$count(benchmarkResults),
    };
    const report = await importInto(target, version1);
    expect(report.summary).toEqual({ created: 0, updated: 2, unchanged: 0, rejected: 0 });
    expect(report.bodies).toBeUndefined();
    expect(report.benchmarks).toBeUndefined();
    expect({
      links: await target.db.$count(initiativeBodies),
      benchmarkLinks: await target.db.$count(initiativeBenchmarks),
      results: await target.db.$count(benchmarkResults),
    }).toEqual(before);
    const after = await exportPortfolio(target.db);
    expect(after.initiatives.find((i) => i.projectNumber === 'VM123:00/2025')?.bodies).toEqual([
      { body: 'OECD E-Leaders', relation: 'chairs', note: null },
    ]);
  });
});
