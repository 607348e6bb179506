import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { initiatives } from './initiative.ts';

export const milestones = pgTable(
  'milestones',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    doneAt: date('done_at', { mode: 'string' }),
  },
  // Serves loading the milestones of the initiatives on one page.
  (t) => [index('milestones_initiative_idx').on(t.initiativeId)],
);
