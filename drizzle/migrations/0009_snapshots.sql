CREATE TABLE "snapshots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"note" text,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	"day" text NOT NULL,
	"taken_by" uuid,
	"taken_by_name" text NOT NULL,
	"schema_name" text NOT NULL,
	"checksum" text NOT NULL,
	"initiative_count" integer NOT NULL,
	"modifications" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "snapshots_schema_name_unique" UNIQUE("schema_name")
);
--> statement-breakpoint
ALTER TABLE "snapshots" ADD CONSTRAINT "snapshots_taken_by_users_id_fk" FOREIGN KEY ("taken_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- A new snapshot changes what reads show (the snapshot list, the banner).
CREATE TRIGGER snapshots_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON snapshots
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
-- Counts the writes to a snapshot's copies (each gets this trigger when taken), so the seal is
-- checked again after any: nothing in the app writes there, so a count above 0 is tampering.
CREATE FUNCTION snapshot_touched() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE snapshots SET modifications = modifications + 1 WHERE schema_name = TG_TABLE_SCHEMA;
  RETURN NULL;
END
$$;
