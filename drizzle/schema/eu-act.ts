import { sql } from 'drizzle-orm';
import { date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ministries } from './ministry.ts';

export const euActs = pgTable('eu_acts', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  shortName: text('short_name').notNull().unique(),
  number: text('number'),
  celex: text('celex'),
  kind: text('kind').notNull(),
  titleFi: text('title_fi').notNull(),
  titleSv: text('title_sv'),
  titleEn: text('title_en'),
  adoptedOn: date('adopted_on', { mode: 'string' }),
  entryIntoForceOn: date('entry_into_force_on', { mode: 'string' }),
  applicationOn: date('application_on', { mode: 'string' }),
  transpositionDeadline: date('transposition_deadline', { mode: 'string' }),
  /** Further dated milestones of the act: `{ label: {fi,sv,en}, date }[]`. */
  keyDates: jsonb('key_dates').notNull().default([]),
  finnishLead: text('finnish_lead').references(() => ministries.code),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
