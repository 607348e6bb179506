import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, euActs, initiatives } from '../../../drizzle/schema/index.ts';
import type { ExportDocument } from '../../../shared/export-format.ts';
import type { SessionUser } from '../../../shared/user.ts';
import type { Database } from '../../db/database.ts';
import { createEuAct, createInitiative, initiativeInput } from '../../test/factories.ts';
import { createTestDatabase, createTestUser } from '../../test/test-database.ts';
import { exportPortfolio } from '../export.ts';
import { archiveInitiative, getInitiative } from '../initiative.ts';
import { ImportFileError, runImport } from './runner.ts';

const encode = (value: unknown) =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const SYSTEM = { system: 'Test import' };

let source: Database;
let target: Database;
let coordinator: SessionUser;
let targetCoordinator: SessionUser;

/** Everything but what the target database chooses itself: ids, times, the export time. */
function comparable(document: ExportDocument) {
  return {
    euActs: [...document.euActs].sort((a, b) => a.shortName.localeCompare(b.shortName)),
    initiatives: document.initiatives
      .map(({ id: _id, createdAt: _c, updatedAt: _u, ...rest }) => rest)
      .sort((a, b) => a.title.fi.localeCompare(b.title.fi)),
  };
}

async function countRows(database: Database) {
  return {
    initiatives: await database.db.$count(initiatives),
    euActs: await database.db.$count(euActs),
    audit: await database.db.$count(auditEvents),
  };
}

beforeAll(async () => {
  [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  coordinator = await createTestUser(source, 'coordinator');
  targetCoordinator = await createTestUser(target, 'coordinator');
  const nis2 = await createEuAct(source, coordinator, {
    shortName: 'NIS2',
    celex: '32022L2555',
    kind: 'directive',
    title: { fi: 'NIS2-direktiivi', sv: 'NIS 2-direktivet', en: 'NIS 2 Directive' },
    transpositionDeadline: '2024-10-17',
    keyDates: [{ label: { fi: 'Luettelo komissiolle' }, date: '2025-04-17' }],
    finnishLead: 'LVM',
  });
  const aiAct = await createEuAct(source, coordinator, { shortName: 'AI Act', kind: 'regulation' });
  await createEuAct(source, coordinator, { shortName: 'Unused act', kind: 'programme' });
  const full = await createInitiative(source, coordinator, {
    projectNumber: 'LVM046:00/2024',
    caseNumbers: ['VN/32418/2024', 'VN/1/2023'],
    title: { fi: 'Kyberturvallisuuslaki', sv: 'Cybersäkerhetslag', en: 'Cybersecurity Act' },
    summary: { fi: '<b>Lihavoitu</b> <script>alert(1)</script>', sv: 'Sammanfattning', en: null },
    kind: 'law_drafting',
    themes: ['cybersecurity', 'interoperability'],
    leadMinistry: 'LVM',
    participatingMinistries: ['SM', 'VM'],
    status: 'ongoing',
    preparationStage: 'parliament',
    ministryHealth: { rating: 'amber', reason: 'Aikataulu tiukka' },
    digitoimistoHealth: {
      rating: 'red',
      reason: 'EU-määräaika ohi',
      assessedOn: '2025-01-10',
      assessedBy: 'Digitoimisto',
    },
    tier: 'critical',
    startDate: '2023-01-01',
    endDate: '2026-06-30',
    budgetCents: 125_000_050,
    fundingSources: ['national_budget', 'eu_rrf'],
    contact: { name: 'Maija Meikäläinen', email: 'maija@example.fi' },
    links: [{ label: 'Hankeikkuna', url: 'https://valtioneuvosto.fi/hanke?tunnus=LVM046:00/2024' }],
    milestones: [
      { title: 'Lausunnot', dueDate: '2024-05-01', doneAt: '2024-05-02' },
      { title: 'HE eduskuntaan', dueDate: '2025-02-01' },
    ],
    euImpacts: [
      { euActId: nis2.id, relation: 'implements', deadline: '2024-10-17', note: 'Täytäntöönpano' },
      { euActId: aiAct.id, relation: 'affected_by' },
    ],
  });
  await source.db
    .update(initiatives)
    .set({ rank: 'a0V', scores: { societal_impact: 5, eu_urgency: 3 } })
    .where(eq(initiatives.id, full.id));
  const archived = await createInitiative(source, coordinator, {
    title: { fi: 'Arkistoitu hanke' },
    status: 'cancelled',
  });
  await archiveInitiative(source.db, coordinator, archived.id);
  await createInitiative(source, coordinator, {
    title: { fi: 'Pelkkä nimi' },
    leadMinistry: 'TEM',
    track: 'public_administration',
  });
});
afterAll(async () => {
  await Promise.all([source?.close(), target?.close()]);
});

describe('digisalkku import', () => {
  it('imports an export into an empty database as the same portfolio, field for field', async () => {
    const exported = await exportPortfolio(source.db);
    expect(exported).toMatchObject({ format: 'digisalkku', formatVersion: 2 });
    expect(exported.initiatives).toHaveLength(3);
    expect(exported.initiatives.find((i) => i.title.fi === 'Arkistoitu hanke')?.archived).toBe(true);

    const report = await runImport(target.db, {
      format: 'digisalkku',
      body: encode(exported),
      actor: SYSTEM,
    });
    expect(report.summary).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 0 });
    expect(report.euActs?.map((a) => a.outcome)).toEqual(['created', 'created', 'created']);

    const again = await exportPortfolio(target.db);
    expect(comparable(again)).toEqual(comparable(exported));
    const imported = again.initiatives.find((i) => i.projectNumber === 'LVM046:00/2024');
    expect(imported?.summary.fi).toBe('<b>Lihavoitu</b> <script>alert(1)</script>');

    // Each write has its audit event with action import, by the actor.
    const [event] = await target.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, imported?.id ?? ''))
      .orderBy(auditEvents.version);
    expect(event).toMatchObject({ action: 'import', actorName: 'Test import', version: 1 });

    // Its own export imported again changes nothing (records match by id).
    const second = await runImport(target.db, { format: 'digisalkku', body: encode(again), actor: SYSTEM });
    expect(second.summary).toEqual({ created: 0, updated: 0, unchanged: 3, rejected: 0 });
    expect(second.euActs?.every((a) => a.outcome === 'existing')).toBe(true);
  });

  it('updates by id, then project number, and names the changed fields', async () => {
    const exported = await exportPortfolio(target.db);
    const [first] = exported.initiatives.filter((i) => i.projectNumber === 'LVM046:00/2024');
    if (!first) throw new Error('missing');
    const edited = {
      ...exported,
      initiatives: [
        { ...first, id: null, status: 'paused', tier: 'low', rank: 'b0', archived: true },
        ...exported.initiatives.filter((i) => i !== first),
      ],
    };
    const report = await runImport(target.db, {
      format: 'digisalkku',
      body: encode(edited),
      actor: targetCoordinator,
    });
    expect(report.records[0]).toMatchObject({
      key: 'LVM046:00/2024',
      outcome: 'updated',
      changedFields: ['status', 'tier', 'rank', 'archived'],
    });
    const after = await getInitiative(target.db, first.id ?? '');
    expect(after.status).toBe('paused');
    // A priority the file changed is a new priority version: a board showing the old one is stale.
    expect(after).toMatchObject({ tier: 'low', rank: 'b0', priorityVersion: 2 });
    expect(after.archivedAt).not.toBeNull();
  });

  it('writes nothing on a dry run and reports the same outcomes', async () => {
    const fresh = await createTestDatabase();
    try {
      const exported = await exportPortfolio(source.db);
      const before = await countRows(fresh);
      const report = await runImport(fresh.db, {
        format: 'digisalkku',
        body: encode(exported),
        actor: SYSTEM,
        dryRun: true,
      });
      expect(report).toMatchObject({ dryRun: true, summary: { created: 3, rejected: 0 } });
      expect(await countRows(fresh)).toEqual(before);
    } finally {
      await fresh.close();
    }
  });

  it('writes nothing when one record among good ones is rejected, and names it', async () => {
    const fresh = await createTestDatabase();
    try {
      const exported = await exportPortfolio(source.db);
      const bad = { ...exported.initiatives[0], projectNumber: null, title: { fi: '' }, leadMinistry: 'XYZ' };
      const file = { ...exported, initiatives: [...exported.initiatives, bad] };
      const before = await countRows(fresh);
      const report = await runImport(fresh.db, { format: 'digisalkku', body: encode(file), actor: SYSTEM });
      expect(report.summary).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 1 });
      expect(report.records[3]).toMatchObject({ index: 3, outcome: 'rejected' });
      expect(report.records[3]?.reasons).toEqual(
        expect.arrayContaining([
          'Title in Finnish: The Finnish text is required.',
          expect.stringMatching(/^Lead ministry: Unknown ministry\. Use one of LVM, VM/),
        ]),
      );
      expect(await countRows(fresh)).toEqual(before);
    } finally {
      await fresh.close();
    }
  });

  it('rejects bad records with the field named: acts, dates, long and duplicate values', async () => {
    const base = initiativeInput({ projectNumber: 'VM001:00/2025' });
    const file = {
      format: 'digisalkku',
      formatVersion: 1,
      euActs: [{ shortName: 'Bad act', kind: 'regulation', title: { fi: 'x' }, celex: 'nope' }],
      initiatives: [
        { ...base, euImpacts: [{ euAct: 'No such act', relation: 'implements' }] },
        { ...base, projectNumber: 'VM002:00/2025', startDate: '1899-12-31', endDate: '2025-02-30' },
        { ...base, projectNumber: 'VM003:00/2025', title: { fi: 'x'.repeat(100_000) } },
        { ...base, projectNumber: 'VM001:00/2025', title: { fi: 'Sama numero' } },
        {
          ...base,
          projectNumber: 'VM004:00/2025',
          kind: 'law_drafting',
          preparationStage: 'parliament',
          budgetCents: 12.5,
        },
        'not an object',
      ],
    };
    const report = await runImport(target.db, { format: 'digisalkku', body: encode(file), actor: SYSTEM });
    const reasons = report.records.map((r) => r.reasons ?? []);
    expect(report.euActs?.[0]).toMatchObject({
      outcome: 'rejected',
      reasons: ['CELEX number: A CELEX number looks like 32024R1689.'],
    });
    expect(reasons[0]).toEqual([
      'EU impact 1 act: "No such act" is not in the EU act catalogue nor in the file\'s EU acts; add it to one of them first.',
    ]);
    expect(reasons[1]).toEqual([
      'Start date: The date must be between 1990-01-01 and 2100-12-31.',
      'End date: That date does not exist.',
    ]);
    expect(reasons[2]).toEqual(['Title in Finnish: At most 500 characters.']);
    expect(reasons[3]).toEqual(['Project number: VM001:00/2025 is also in record 1 of the file.']);
    expect(reasons[4]).toEqual(['Budget: The budget is counted in whole cents.']);
    expect(report.records[5]).toMatchObject({ key: 'record 6', outcome: 'rejected' });
    expect(await target.db.$count(initiatives, eq(initiatives.projectNumber, 'VM004:00/2025'))).toBe(0);
  });

  it('rejects a NUL byte or a lone surrogate in a record or an act, naming the field, and writes nothing', async () => {
    const fresh = await createTestDatabase();
    try {
      const base = initiativeInput({ projectNumber: 'VM010:00/2025' });
      const file = {
        format: 'digisalkku',
        formatVersion: 1,
        euActs: [{ shortName: 'Bad text act', kind: 'regulation', title: { fi: 'Asetus \u0000' } }],
        initiatives: [
          { ...base, title: { fi: 'Hanke \u0000' } },
          { ...base, projectNumber: 'VM011:00/2025', title: { fi: 'Hanke \ud800' } },
          {
            ...base,
            projectNumber: 'VM012:00/2025',
            milestones: [{ title: '\udc00', dueDate: '2026-01-01' }],
            rank: 'a\u0000',
          },
        ],
      };
      // JSON.stringify writes the lone surrogate as the escape \ud800, which JSON.parse reads back as it was.
      expect(JSON.stringify(file)).toContain('\\ud800');
      const before = await countRows(fresh);
      const report = await runImport(fresh.db, { format: 'digisalkku', body: encode(file), actor: SYSTEM });
      const unsafe = /^([\w ]+): The text contains a character that cannot be stored/;
      expect(report.euActs?.[0]).toMatchObject({ outcome: 'rejected' });
      expect(report.euActs?.[0]?.reasons?.map((r) => unsafe.exec(r)?.[1])).toEqual([
        'Official title in Finnish',
      ]);
      expect(report.records.map((r) => r.outcome)).toEqual(['rejected', 'rejected', 'rejected']);
      expect(report.records.map((r) => (r.reasons ?? []).map((reason) => unsafe.exec(reason)?.[1]))).toEqual([
        ['Title in Finnish'],
        ['Title in Finnish'],
        ['Milestone 1 title', 'Rank within the tier'],
      ]);
      expect(await countRows(fresh)).toEqual(before);
    } finally {
      await fresh.close();
    }
  });

  it('accepts scores only for the defined criteria, and refuses 200,000 of them with one reason', async () => {
    const base = initiativeInput({ projectNumber: 'VM020:00/2025' });
    const many = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`c${i}`, 3]));
    const file = {
      format: 'digisalkku',
      formatVersion: 1,
      initiatives: [
        { ...base, scores: many },
        { ...base, projectNumber: 'VM021:00/2025', scores: { societal_impact: 4, made_up: 2, other: 1 } },
        { ...base, projectNumber: 'VM022:00/2025', scores: { 'Not A Key': 1 } },
        { ...base, projectNumber: 'VM023:00/2025', scores: { societal_impact: 4, cost: 2 } },
      ],
    };
    const report = await runImport(target.db, { format: 'digisalkku', body: encode(file), actor: SYSTEM });
    expect(report.records.map((r) => r.reasons)).toEqual([
      ['Scores: At most 30 criterion scores.'],
      [
        'Scores: No such scoring criterion: made_up, other. The criteria are societal_impact, eu_urgency, cross_ministry_reach, readiness, cost.',
      ],
      [expect.stringMatching(/^Scores: A criterion key is /)],
      undefined,
    ]);
    expect(report.summary).toMatchObject({ created: 1, rejected: 3 });
    expect(await target.db.$count(initiatives, eq(initiatives.projectNumber, 'VM023:00/2025'))).toBe(0);
  });

  it('refuses a file that is not a digisalkku export as a whole', async () => {
    const run = (body: string) =>
      runImport(target.db, { format: 'digisalkku', body: encode(body), actor: SYSTEM });
    await expect(run('{"format": "digisalkku", ')).rejects.toThrow(/not valid JSON/);
    await expect(run('')).rejects.toThrow(ImportFileError);
    await expect(run('{"format":"digisalkku","formatVersion":3,"initiatives":[]}')).rejects.toThrow(
      'The file is digisalkku format version 3; this server reads versions 1, 2.',
    );
    await expect(run('{"format":"digisalkku","formatVersion":"2","initiatives":[]}')).rejects.toThrow(
      /versio.*1, 2/,
    );
    await expect(run('{"result":[]}')).rejects.toThrow(/format/);
    await expect(run('[1,2]')).rejects.toThrow(ImportFileError);
  });
});
