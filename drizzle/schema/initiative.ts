import { type SQL, sql } from 'drizzle-orm';
import {
  bigint,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ministries } from './ministry.ts';
import { users } from './user.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
/** Text compared byte by byte: the same order on PGlite (C only) and PostgreSQL (any locale). */
const byteText = customType<{ data: string }>({ dataType: () => 'text COLLATE "C"' });

export const initiatives = pgTable(
  'initiatives',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    projectNumber: text('project_number'),
    caseNumbers: text('case_numbers').array().notNull().default(sql`'{}'::text[]`),
    titleFi: text('title_fi').notNull(),
    titleSv: text('title_sv'),
    titleEn: text('title_en'),
    summaryFi: text('summary_fi').notNull(),
    summarySv: text('summary_sv'),
    summaryEn: text('summary_en'),
    kind: text('kind').notNull(),
    track: text('track').notNull(),
    themes: text('themes').array().notNull().default(sql`'{}'::text[]`),
    leadMinistry: text('lead_ministry')
      .notNull()
      .references(() => ministries.code),
    participatingMinistries: text('participating_ministries').array().notNull().default(sql`'{}'::text[]`),
    status: text('status').notNull(),
    preparationStage: text('preparation_stage'),
    ministryHealth: text('ministry_health').notNull().default('not_assessed'),
    ministryHealthReason: text('ministry_health_reason'),
    ministryHealthOn: date('ministry_health_on', { mode: 'string' }),
    ministryHealthBy: text('ministry_health_by'),
    digitoimistoHealth: text('digitoimisto_health').notNull().default('not_assessed'),
    digitoimistoHealthReason: text('digitoimisto_health_reason'),
    digitoimistoHealthOn: date('digitoimisto_health_on', { mode: 'string' }),
    digitoimistoHealthBy: text('digitoimisto_health_by'),
    tier: text('tier').notNull().default('unprioritised'),
    /**
     * Place within the tier on the board: a fractional key (shared/board-rank.ts), compared byte
     * by byte so the order is the same on both engines; null until the card is first placed.
     */
    rank: byteText('rank'),
    /** Criterion scores 1–5 by criterion key; the weighted score is computed, never stored. */
    scores: jsonb('scores').notNull().default({}),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    /** Whole cents: money is never a float. */
    budgetCents: bigint('budget_cents', { mode: 'number' }),
    fundingSources: text('funding_sources').array().notNull().default(sql`'{}'::text[]`),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    links: jsonb('links').notNull().default([]),
    version: integer('version').notNull().default(1),
    /**
     * The version of the priority (tier, rank, scores), apart from `version`: the board and the
     * scoring change only it, the edit form only `version`, so neither is ever the other's conflict.
     */
    priorityVersion: integer('priority_version').notNull().default(1),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    /** Stemmed words of the three languages; titles weigh more than summaries in the ranking. */
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        (): SQL => sql`setweight(to_tsvector('finnish', coalesce(title_fi, '')), 'A')
          || setweight(to_tsvector('swedish', coalesce(title_sv, '')), 'A')
          || setweight(to_tsvector('english', coalesce(title_en, '')), 'A')
          || setweight(to_tsvector('finnish', coalesce(summary_fi, '')), 'B')
          || setweight(to_tsvector('swedish', coalesce(summary_sv, '')), 'B')
          || setweight(to_tsvector('english', coalesce(summary_en, '')), 'B')
          || setweight(to_tsvector('simple', coalesce(project_number, '')), 'A')`,
      ),
    /**
     * The title's sort key per language and the case-folded search text (shared/title-sort.ts),
     * written by the server with every row (initiativeValues): computed in JavaScript they cost
     * an import nothing, where as generated columns they were a second of the database's time.
     */
    sortTitleFi: byteText('sort_title_fi').notNull(),
    sortTitleSv: byteText('sort_title_sv').notNull(),
    sortTitleEn: byteText('sort_title_en').notNull(),
    /** Titles and register codes, case folded, for "any part" searches on a trigram index. */
    searchText: text('search_text').notNull(),
  },
  (t) => [
    // A project number identifies one initiative in the government project register.
    uniqueIndex('initiatives_project_number_idx').on(t.projectNumber),
    // Serves the full-text search of the list.
    index('initiatives_search_idx').using('gin', t.search),
    // Serves the ministry filter (lead or participating).
    index('initiatives_lead_ministry_idx').on(t.leadMinistry),
    index('initiatives_participating_idx').using('gin', t.participatingMinistries),
    // Serve the default list and its deep pages: active initiatives by title, in each language.
    index('initiatives_active_sort_fi_idx').on(t.sortTitleFi, t.id).where(sql`archived_at is null`),
    index('initiatives_active_sort_sv_idx').on(t.sortTitleSv, t.id).where(sql`archived_at is null`),
    index('initiatives_active_sort_en_idx').on(t.sortTitleEn, t.id).where(sql`archived_at is null`),
    // Serves the board: active initiatives by tier, in rank order.
    index('initiatives_board_idx').on(t.tier, t.rank, t.id).where(sql`archived_at is null`),
    // Serves "any part" searches of titles and codes (LIKE '%strategia%').
    index('initiatives_search_text_idx').using('gin', t.searchText.op('public.gin_trgm_ops')),
  ],
);
