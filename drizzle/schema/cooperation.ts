import { sql } from 'drizzle-orm';
import {
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { euActs } from './eu-act.ts';
import { initiatives } from './initiative.ts';
import { ministries } from './ministry.ts';

/** Bodies and programmes of international cooperation Finland sits in (issue 12). */
export const cooperationBodies = pgTable('cooperation_bodies', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  shortName: text('short_name').notNull().unique(),
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv'),
  nameEn: text('name_en'),
  organisation: text('organisation').notNull(),
  ministry: text('ministry')
    .notNull()
    .references(() => ministries.code),
  agency: text('agency'),
  /** `{ name, email, phone }` or null, as an initiative's contact. */
  contact: jsonb('contact'),
  /** Finland's people in the body: `{ name, organisation, role }[]`. */
  representatives: jsonb('representatives').notNull().default([]),
  mandateStart: date('mandate_start', { mode: 'string' }),
  mandateEnd: date('mandate_end', { mode: 'string' }),
  meetingRhythm: text('meeting_rhythm'),
  nextMeetingOn: date('next_meeting_on', { mode: 'string' }),
  links: jsonb('links').notNull().default([]),
  euActId: uuid('eu_act_id').references(() => euActs.id, { onDelete: 'restrict' }),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Initiative × body × relation, kept by the initiative's editors. */
export const initiativeBodies = pgTable(
  'initiative_bodies',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => cooperationBodies.id, { onDelete: 'restrict' }),
    relation: text('relation').notNull(),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('initiative_bodies_unique_idx').on(t.initiativeId, t.bodyId, t.relation),
    // Serves the body filter and a body's page.
    index('initiative_bodies_body_idx').on(t.bodyId),
  ],
);

/** International comparisons Finland answers (issue 12). */
export const benchmarks = pgTable('benchmarks', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  shortName: text('short_name').notNull().unique(),
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv'),
  nameEn: text('name_en'),
  publisher: text('publisher').notNull(),
  cycle: text('cycle').notNull(),
  nextPublicationOn: date('next_publication_on', { mode: 'string' }),
  scoreScale: text('score_scale'),
  links: jsonb('links').notNull().default([]),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Finland's result by edition of a benchmark. */
export const benchmarkResults = pgTable(
  'benchmark_results',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    benchmarkId: uuid('benchmark_id')
      .notNull()
      .references(() => benchmarks.id, { onDelete: 'cascade' }),
    edition: text('edition').notNull(),
    publishedOn: date('published_on', { mode: 'string' }),
    score: doublePrecision('score'),
    rank: integer('rank'),
    rankOf: integer('rank_of'),
    note: text('note'),
  },
  (t) => [uniqueIndex('benchmark_results_edition_idx').on(t.benchmarkId, t.edition)],
);

/** Initiative × benchmark it reports to. */
export const initiativeBenchmarks = pgTable(
  'initiative_benchmarks',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    benchmarkId: uuid('benchmark_id')
      .notNull()
      .references(() => benchmarks.id, { onDelete: 'restrict' }),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('initiative_benchmarks_unique_idx').on(t.initiativeId, t.benchmarkId),
    index('initiative_benchmarks_benchmark_idx').on(t.benchmarkId),
  ],
);
