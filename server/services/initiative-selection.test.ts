import { asc, getTableColumns, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initiatives } from '../../drizzle/schema/index.ts';
import { addDays, todayInFinland } from '../../shared/dates.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { jsonRows } from '../db/json-rows.ts';
import { callerFor } from '../test/caller.ts';
import { createEuAct, createInitiative, uniqueWord } from '../test/factories.ts';
import { createRoleUsers, createTestDatabase } from '../test/test-database.ts';
import { loadInitiatives, loadSelectedInitiatives } from './initiative.ts';
import { filterConditions } from './initiative-list.ts';

/*
 * An export reads its initiatives as JSON documents (db/json-rows.ts) instead of through the
 * driver's rows. What it reads must be exactly what the driver path reads, for every field.
 */
let database: Database;
let coordinator: SessionUser;
const today = todayInFinland();
const word = uniqueWord();

beforeAll(async () => {
  database = await createTestDatabase();
  ({ coordinator } = await createRoleUsers(database));
  const act = await createEuAct(database, coordinator, { shortName: `${word} "Act" 'ä'` });
  for (let n = 0; n < 6; n++) {
    const created = await createInitiative(database, coordinator, {
      title: { fi: `${word} hanke ${n} “lainaus” \\ ja å`, ...(n % 2 ? { sv: `${word} projekt ${n}` } : {}) },
      summary: { fi: `Rivi 1\nRivi 2\t"${n}" 💡`, en: n % 3 ? 'English summary' : null },
      caseNumbers: n % 2 ? [`VN/${1000 + n}/2026`] : [],
      themes: ['ai', 'data_economy'],
      participatingMinistries: n % 2 ? ['VM', 'TEM'] : [],
      ministryHealth: { rating: 'amber', reason: 'Riski, "varaus"', assessedOn: addDays(today, -n) },
      budgetCents: n % 3 ? 123_456_789_012 + n : null,
      startDate: addDays(today, -200),
      endDate: n % 2 ? addDays(today, 100) : null,
      fundingSources: n % 2 ? ['national_budget', 'eu_rrf'] : [],
      contact: n % 2 ? { name: 'Maija Meikäläinen', email: 'maija@example.fi' } : null,
      links: n % 2 ? [{ label: 'Hankeikkuna', url: 'https://example.fi/a?b=1&c=2' }] : [],
      milestones: [
        { title: 'Lausunnot', dueDate: addDays(today, n), doneAt: n % 2 ? today : null },
        { title: 'Esitys', dueDate: addDays(today, 40) },
      ],
      euImpacts:
        n % 2 ? [{ euActId: act.id, relation: 'implements', deadline: addDays(today, 90), note: 'x' }] : [],
    });
    if (n === 5) await callerFor(database, coordinator).initiative.remove({ id: created.id });
  }
}, 60_000);
afterAll(() => database.close());

describe('loadSelectedInitiatives', () => {
  it('reads exactly what loadInitiatives reads, every field, in the order asked', async () => {
    const where = filterConditions({ text: word, archived: 'all' }, today);
    const order = [asc(initiatives.sortTitleFi), asc(initiatives.id)];
    const selected = await loadSelectedInitiatives(database.db, where, order, today);
    const ids = (
      await database.db
        .select({ id: initiatives.id })
        .from(initiatives)
        .where(where)
        .orderBy(...order)
    ).map((row) => row.id);
    expect(selected.map((i) => i.id)).toEqual(ids);
    expect(selected).toHaveLength(6);
    const reference = await loadInitiatives(database.db, ids, today, { authors: false });
    expect(selected).toEqual(reference);
    expect(selected.some((i) => i.archivedAt instanceof Date)).toBe(true);
    expect(selected.every((i) => i.createdAt instanceof Date)).toBe(true);
  });

  it('maps every column type as the driver does: timestamps, dates, arrays, jsonb, bigints, nulls', async () => {
    const columns = getTableColumns(initiatives);
    const condition = sql`from ${initiatives} where ${initiatives.titleFi} like ${`${word}%`}`;
    const viaJson = await jsonRows<Record<string, unknown>>(database.db, columns, condition, [
      asc(initiatives.id),
    ]);
    const viaDriver = await database.db
      .select()
      .from(initiatives)
      .where(sql`${initiatives.titleFi} like ${`${word}%`}`)
      .orderBy(asc(initiatives.id));
    expect(viaJson).toHaveLength(6);
    // The search vector prints the same text either way; compare everything else value by value.
    expect(viaJson).toEqual(viaDriver);
  });
});
