import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, initiatives } from '../../../drizzle/schema/index.ts';
import type { SessionUser } from '../../../shared/user.ts';
import type { Database } from '../../db/database.ts';
import { createEuAct, createInitiative } from '../../test/factories.ts';
import { createTestDatabase, createTestUser } from '../../test/test-database.ts';
import { getInitiative } from '../initiative.ts';
import { runImport } from './runner.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url)));
/** A file with only the first record of a fixture. */
const firstRecordOf = (name: string) => {
  const { result } = JSON.parse(new TextDecoder().decode(fixture(name))) as { result: unknown[] };
  return new TextEncoder().encode(JSON.stringify({ result: result.slice(0, 1) }));
};
const ORGANISERS = { '6c2f1a9e-0d4b-4e8a-b7c3-5e9d2a1f8b40': 'LVM' as const };
const TODAY = '2025-06-01';

let database: Database;
let coordinator: SessionUser;
const run = (name: string, dryRun = false) =>
  runImport(database.db, {
    format: 'hankeikkuna',
    body: fixture(name),
    actor: coordinator,
    dryRun,
    today: TODAY,
    organisers: ORGANISERS,
  });

beforeAll(async () => {
  database = await createTestDatabase();
  coordinator = await createTestUser(database, 'coordinator');
});
afterAll(() => database.close());

describe('Hankeikkuna import', () => {
  it('imports a full record with its stage, milestones, links and keywords', async () => {
    const report = await run('hankeikkuna-full.json');
    expect(report.summary).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 0 });
    expect(report.records[0]?.guessed).toEqual([
      'Track: Digitalisation and data economy (the register has no track)',
      'Themes: Digital identity (from the keywords)',
      'Link 2 (linkit.1): left out (only http:// and https:// addresses are kept)',
    ]);
    const [row] = await database.db
      .select({ id: initiatives.id })
      .from(initiatives)
      .where(eq(initiatives.projectNumber, 'LVM031:00/2024'));
    const imported = await getInitiative(database.db, row?.id ?? '');
    expect(imported).toMatchObject({
      kind: 'law_drafting',
      status: 'ongoing',
      preparationStage: 'consultation',
      leadMinistry: 'LVM',
      caseNumbers: ['VN/11447/2024'],
      startDate: '2024-03-15',
      endDate: '2026-12-31',
      themes: ['digital_identity'],
      links: [{ label: 'Hankkeen sivu', url: 'https://www.lvm.fi/hankkeet' }],
    });
    expect(imported.title.sv).toMatch(/^Regeringens proposition/);
    expect(imported.milestones).toEqual([
      { title: 'Perusvalmistelu ja työryhmätyö', dueDate: '2024-12-31', doneAt: '2024-12-31' },
      { title: 'Lausuntomenettely', dueDate: '2025-03-14', doneAt: null },
      { title: 'Jatkovalmistelu', dueDate: '2099-06-30', doneAt: null },
    ]);
  });

  it('imports records with missing dates, languages and organisers, and says what it guessed', async () => {
    const report = await run('hankeikkuna-partial.json');
    expect(report.summary).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 0 });
    const [ai, vm, group] = report.records;
    expect(ai?.key).toBe('TEM061:00/2024');
    expect(ai?.guessed).toContain(
      'Lead ministry: TEM, from the project number prefix (the organiser ffffffff-0000-4000-8000-000000000001 is not a known ministry)',
    );
    expect(ai?.guessed).toContain('Themes: Artificial intelligence (from the keywords)');
    expect(vm?.guessed).toEqual(
      expect.arrayContaining([
        'Summary in Finnish: the Finnish title (the record has no Finnish description)',
        'Lead ministry: VM, from the project number prefix (the record names no organiser)',
        'Start date: the setting date, asettamisPaiva (the record has no start date, aloitusPaiva)',
      ]),
    );
    expect(group?.outcome).toBe('created');
    const rows = await database.db
      .select({
        projectNumber: initiatives.projectNumber,
        lead: initiatives.leadMinistry,
        status: initiatives.status,
        sv: initiatives.titleSv,
        start: initiatives.startDate,
      })
      .from(initiatives)
      .where(eq(initiatives.track, 'digitalisation_data_economy'));
    expect(rows).toEqual(
      expect.arrayContaining([
        { projectNumber: 'TEM061:00/2024', lead: 'TEM', status: 'ongoing', sv: null, start: '2024-06-01' },
        { projectNumber: 'VM112:00/2023', lead: 'VM', status: 'planned', sv: null, start: '2023-11-20' },
        { projectNumber: 'LVM077:00/2022', lead: 'LVM', status: 'paused', sv: null, start: '2022-02-01' },
      ]),
    );
  });

  it('rejects the whole file when one record has no Finnish title, and names it', async () => {
    const before = await database.db.$count(initiatives);
    const report = await run('hankeikkuna-invalid.json');
    expect(report.summary).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 1 });
    expect(report.records[1]).toMatchObject({
      index: 1,
      key: 'STM020:00/2025',
      outcome: 'rejected',
      reasons: [
        'Title in Finnish: The Finnish text is required.',
        'Summary in Finnish: The Finnish text is required.',
      ],
    });
    expect(await database.db.$count(initiatives)).toBe(before);
  });

  it("updates by project number but keeps Digitoimisto's own fields", async () => {
    const act = await createEuAct(database, coordinator, { shortName: 'eIDAS 2' });
    const existing = await createInitiative(database, coordinator, {
      projectNumber: 'OKM014:00/2025',
      title: { fi: 'Vanha nimi', sv: 'Gammalt namn' },
      summary: { fi: 'Oma tiivistelmä' },
      kind: 'programme_strategy',
      track: 'public_administration',
      leadMinistry: 'OKM',
      status: 'planned',
      tier: 'critical',
      ministryHealth: { rating: 'green', reason: 'Hyvin menee' },
      digitoimistoHealth: { rating: 'red', reason: 'Rahoitus puuttuu' },
      euImpacts: [{ euActId: act.id, relation: 'influences', deadline: '2026-01-01' }],
      links: [{ label: 'Oma linkki', url: 'https://example.fi/oma' }],
    });
    await database.db
      .update(initiatives)
      .set({ rank: 'a1', scores: { impact: 4 } })
      .where(eq(initiatives.id, existing.id));
    const update = await runImport(database.db, {
      format: 'hankeikkuna',
      body: firstRecordOf('hankeikkuna-invalid.json'),
      actor: coordinator,
      today: TODAY,
    });
    expect(update.records[0]).toMatchObject({
      outcome: 'updated',
      key: 'OKM014:00/2025',
      changedFields: ['title', 'summary', 'themes', 'status', 'startDate'],
      guessed: ['Themes: Skills (from the keywords)'],
    });
    const after = await getInitiative(database.db, existing.id);
    expect(after).toMatchObject({
      title: { fi: 'Digitaalisten taitojen kansallinen ohjelma', sv: 'Gammalt namn' },
      summary: { fi: 'Ohjelma vahvistaa väestön digitaitoja.' },
      status: 'ongoing',
      startDate: '2025-01-01',
      track: 'public_administration',
      tier: 'critical',
      ministryHealth: { rating: 'green', reason: 'Hyvin menee' },
      digitoimistoHealth: { rating: 'red', reason: 'Rahoitus puuttuu' },
      euImpacts: [{ euActId: act.id, relation: 'influences', deadline: '2026-01-01' }],
      links: [{ label: 'Oma linkki', url: 'https://example.fi/oma' }],
      themes: ['skills'],
    });
    const [board] = await database.db
      .select({ rank: initiatives.rank, scores: initiatives.scores })
      .from(initiatives)
      .where(eq(initiatives.id, existing.id));
    expect(board).toEqual({ rank: 'a1', scores: { impact: 4 } });
    const [event] = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, existing.id))
      .orderBy(auditEvents.version);
    expect(event?.action).toBe('create');
    expect(await database.db.$count(auditEvents, eq(auditEvents.action, 'import'))).toBeGreaterThan(0);

    // The same record again: unchanged, and no new version.
    const again = await runImport(database.db, {
      format: 'hankeikkuna',
      body: firstRecordOf('hankeikkuna-invalid.json'),
      actor: coordinator,
      today: TODAY,
    });
    expect(again.records[0]?.outcome).toBe('unchanged');
    expect((await getInitiative(database.db, existing.id)).version).toBe(after.version);
  });

  it('refuses a body that is not a kohteet/haku response', async () => {
    await expect(
      runImport(database.db, {
        format: 'hankeikkuna',
        body: new TextEncoder().encode('{"kohteet": []}'),
        actor: coordinator,
      }),
    ).rejects.toThrow(/not a Hankeikkuna kohteet\/haku response/);
  });
});
