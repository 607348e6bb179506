-- Functions the list's stored sort keys and search text are generated with (migration 0005),
-- the trigram extension that indexes the search text, and the data version every cached read
-- is keyed on.

-- Trigram indexes serve "any part of the title or code" searches (tekoälystrategia by
-- "strategia", LVM066:00/2021 by "066"). Trusted since PostgreSQL 13: the database owner may
-- create it. In public, so the per-test schemas of CI share one copy.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
--> statement-breakpoint

-- A title's sort key in a language's alphabet, compared byte by byte (COLLATE "C"), so the
-- order is the same on PGlite (C collation only) and on PostgreSQL (whatever its locale). Case
-- is folded by translate, not lower(), whose result depends on the server's locale:
-- Finnish and Swedish put å, ä, ö after z ('{', '|', '}' follow 'z' in ASCII), æ with ä, ø with
-- ö, ü with y; English folds them to their base letters. Other accents fold to the base
-- letter. Mirrored by titleSortKey in shared/title-sort.ts.
CREATE FUNCTION title_sort_key(title text, language text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  select translate(title, 'ABCDEFGHIJKLMNOPQRSTUVWXYZåäöæøüÿéèêëáàâãíìîïóòôõúùûýçñšÅÄÖÆØÜŸÉÈÊËÁÀÂÃÍÌÎÏÓÒÔÕÚÙÛÝÇÑŠ',
    case when language = 'en' then 'abcdefghijklmnopqrstuvwxyzaaoaouyeeeeaaaaiiiioooouuuycnsaaoaouyeeeeaaaaiiiioooouuuycns'
    else 'abcdefghijklmnopqrstuvwxyz{|}|}yyeeeeaaaaiiiioooouuuycns{|}|}yyeeeeaaaaiiiioooouuuycns' end)
$$;
--> statement-breakpoint

-- The searchable text of a row's titles and register codes, case folded the same way on every
-- server (translate, not the locale's lower()); the list folds the searched words alike
-- (foldCase in shared/title-sort.ts) and matches them with LIKE on a trigram index.
CREATE FUNCTION search_join(parts text[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  select translate(array_to_string(parts, ' '), 'ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÆØÜŸÉÈÊËÁÀÂÃÍÌÎÏÓÒÔÕÚÙÛÝÇÑŠ', 'abcdefghijklmnopqrstuvwxyzåäöæøüÿéèêëáàâãíìîïóòôõúùûýçñš')
$$;
--> statement-breakpoint

-- The data version: one row, bumped by every transaction that changes what a cached read can
-- show (the portfolio, the EU acts, the ministries, the history; not sessions, users or saved
-- views, which no cached read shows).
-- Reads are cached under it (server/http/read-cache.ts), so a write on any instance is seen by
-- the next read on every other. Write transactions take it first (server/db/write-transaction.ts:
-- one lock order, so no deadlock through it); these statement triggers are the net under every
-- write, and bump once per transaction (a later statement finds txid set and updates nothing).
CREATE TABLE data_version (
  id integer PRIMARY KEY CHECK (id = 1),
  version bigint NOT NULL,
  txid bigint
);
--> statement-breakpoint
INSERT INTO data_version (id, version) VALUES (1, 1);
--> statement-breakpoint
CREATE FUNCTION bump_data_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_version SET version = version + 1, txid = txid_current()
  WHERE id = 1 AND txid IS DISTINCT FROM txid_current();
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER initiatives_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON initiatives
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER milestones_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON milestones
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER eu_impacts_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON eu_impacts
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER eu_acts_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON eu_acts
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER ministries_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ministries
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER audit_events_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
