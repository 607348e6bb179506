import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSafeText } from '../../shared/text.ts';
import { foldCase, titleSortKey } from '../../shared/title-sort.ts';
import { createTestDatabase } from '../test/test-database.ts';
import { type Database, queryRows } from './database.ts';

/**
 * The server writes the sort keys and search text with every row (shared/title-sort.ts); the
 * database's functions of migration 0004 are the same rules in SQL, for anyone who sorts or
 * searches in SQL by hand. Both must agree on any text, on both engines.
 */
let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const titles = fc.array(
  fc.oneof(
    fc.string({ unit: fc.constantFrom(...'AaÄäÅåÖöÉéÜüØøÆæŠšÇçÑñ zZ-09.,'.split('')), maxLength: 20 }),
    // Any text the app would store: the rest is refused at the door (shared/text.ts).
    fc.string({ maxLength: 12 }).filter(isSafeText),
  ),
  { minLength: 1, maxLength: 40 },
);

describe('title sort keys and search text', () => {
  it('are the same in JavaScript and in the database', async () => {
    await fc.assert(
      fc.asyncProperty(titles, async (texts) => {
        const rows = await queryRows<{ fi: string; sv: string; en: string; folded: string }>(
          database.db,
          sql`select title_sort_key(t, 'fi') as fi, title_sort_key(t, 'sv') as sv, title_sort_key(t, 'en') as en,
                     search_join(array[t]) as folded
              from unnest(${`{${texts.map((t) => `"${t.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`}::text[]) with ordinality as u(t, n) order by n`,
        );
        rows.forEach((row, index) => {
          const text = texts[index] ?? '';
          expect(row).toEqual({
            fi: titleSortKey(text, 'fi'),
            sv: titleSortKey(text, 'sv'),
            en: titleSortKey(text, 'en'),
            folded: foldCase(text),
          });
        });
      }),
      { numRuns: 30 },
    );
  });
});
