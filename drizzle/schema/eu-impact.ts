import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { euActs } from './eu-act.ts';
import { initiatives } from './initiative.ts';

export const euImpacts = pgTable(
  'eu_impacts',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    euActId: uuid('eu_act_id')
      .notNull()
      .references(() => euActs.id, { onDelete: 'restrict' }),
    relation: text('relation').notNull(),
    position: integer('position').notNull().default(0),
    deadline: date('deadline', { mode: 'string' }),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('eu_impacts_unique_idx').on(t.initiativeId, t.euActId, t.relation),
    // Serves the EU-act filter and the act catalogue page.
    index('eu_impacts_act_idx').on(t.euActId),
    // Serves the nearest-open-deadline filter and sort.
    index('eu_impacts_deadline_idx').on(t.initiativeId, t.deadline),
  ],
);
