import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shareTheLoop } from './fair-turns.ts';

/** Whether a callback queued for the loop's next turn ran before a series of 30 statements ended. */
async function turnRanDuring(client: PGlite, inTransaction = false): Promise<boolean> {
  let turned = false;
  const series = async (q: Pick<PGlite, 'query'>) => {
    for (let n = 0; n < 30; n++) await q.query('select count(*) from generate_series(1, 2000)');
  };
  setImmediate(() => {
    turned = true;
  });
  let endedFirst = false;
  const done = (inTransaction ? client.transaction((tx) => series(tx)) : series(client)).then(() => {
    endedFirst = !turned;
  });
  await done;
  return !endedFirst;
}

let plain: PGlite;
let shared: PGlite;
beforeAll(async () => {
  [plain, shared] = await Promise.all([PGlite.create(), PGlite.create()]);
  shareTheLoop(shared);
});
afterAll(() => Promise.all([plain.close(), shared.close()]));

describe('shareTheLoop', () => {
  it('lets what waits on the event loop run between a series of statements, in a transaction too', async () => {
    // The starvation it fixes: a plain client never yields between its statements.
    expect(await turnRanDuring(plain)).toBe(false);
    expect(await turnRanDuring(shared)).toBe(true);
    expect(await turnRanDuring(shared, true)).toBe(true);
  });

  it('answers as before', async () => {
    const result = await shared.query<{ n: number }>('select 41 + 1 as n');
    expect(result.rows).toEqual([{ n: 42 }]);
    await expect(shared.query('select * from no_such_table')).rejects.toThrow(/no_such_table/);
    await shared.exec('create table t (n int); insert into t values (1);');
    expect((await shared.query('select n from t')).rows).toEqual([{ n: 1 }]);
  });
});
