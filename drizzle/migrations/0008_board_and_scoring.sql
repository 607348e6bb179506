CREATE TABLE "scoring_criteria" (
	"key" text PRIMARY KEY NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"levels" jsonb NOT NULL,
	"direction" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "weightings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"ministry" text,
	"weights" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "initiatives" ALTER COLUMN "rank" SET DATA TYPE text COLLATE "C";--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "priority_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "weightings" ADD CONSTRAINT "weightings_ministry_ministries_code_fk" FOREIGN KEY ("ministry") REFERENCES "public"."ministries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weightings" ADD CONSTRAINT "weightings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "weightings_one_default_idx" ON "weightings" USING btree ("is_default") WHERE is_default;--> statement-breakpoint
CREATE INDEX "initiatives_board_idx" ON "initiatives" USING btree ("tier","rank","id") WHERE archived_at is null;--> statement-breakpoint
-- The criteria and weightings change what cached reads show (scores, the board's order).
CREATE TRIGGER scoring_criteria_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON scoring_criteria
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER weightings_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON weightings
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
