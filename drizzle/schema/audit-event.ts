import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Append-only: the services insert, nothing updates or deletes. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    action: text('action').notNull(),
    version: integer('version').notNull(),
    // No foreign key: the history outlives users; the name is kept as it was.
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    actorRole: text('actor_role'),
    actorMinistry: text('actor_ministry'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    changes: jsonb('changes').notNull().default([]),
    /** Why, in the writer's words: the optional reason of a board move (the decision log). */
    note: text('note'),
  },
  // Serves the history of one record, newest first.
  (t) => [index('audit_events_entity_idx').on(t.entityType, t.entityId, t.version)],
);
