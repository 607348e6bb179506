CREATE TABLE "benchmark_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"benchmark_id" uuid NOT NULL,
	"edition" text NOT NULL,
	"published_on" date,
	"score" double precision,
	"rank" integer,
	"rank_of" integer,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "benchmarks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"short_name" text NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text,
	"name_en" text,
	"publisher" text NOT NULL,
	"cycle" text NOT NULL,
	"next_publication_on" date,
	"score_scale" text,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "benchmarks_short_name_unique" UNIQUE("short_name")
);
--> statement-breakpoint
CREATE TABLE "cooperation_bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"short_name" text NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text,
	"name_en" text,
	"organisation" text NOT NULL,
	"ministry" text NOT NULL,
	"agency" text,
	"contact" jsonb,
	"representatives" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"mandate_start" date,
	"mandate_end" date,
	"meeting_rhythm" text,
	"next_meeting_on" date,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"eu_act_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cooperation_bodies_short_name_unique" UNIQUE("short_name")
);
--> statement-breakpoint
CREATE TABLE "initiative_benchmarks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"benchmark_id" uuid NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "initiative_bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "snapshots" ADD COLUMN "content_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "benchmark_results" ADD CONSTRAINT "benchmark_results_benchmark_id_benchmarks_id_fk" FOREIGN KEY ("benchmark_id") REFERENCES "public"."benchmarks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_bodies" ADD CONSTRAINT "cooperation_bodies_ministry_ministries_code_fk" FOREIGN KEY ("ministry") REFERENCES "public"."ministries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_bodies" ADD CONSTRAINT "cooperation_bodies_eu_act_id_eu_acts_id_fk" FOREIGN KEY ("eu_act_id") REFERENCES "public"."eu_acts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_benchmarks" ADD CONSTRAINT "initiative_benchmarks_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_benchmarks" ADD CONSTRAINT "initiative_benchmarks_benchmark_id_benchmarks_id_fk" FOREIGN KEY ("benchmark_id") REFERENCES "public"."benchmarks"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_bodies" ADD CONSTRAINT "initiative_bodies_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_bodies" ADD CONSTRAINT "initiative_bodies_body_id_cooperation_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."cooperation_bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "benchmark_results_edition_idx" ON "benchmark_results" USING btree ("benchmark_id","edition");--> statement-breakpoint
CREATE UNIQUE INDEX "initiative_benchmarks_unique_idx" ON "initiative_benchmarks" USING btree ("initiative_id","benchmark_id");--> statement-breakpoint
CREATE INDEX "initiative_benchmarks_benchmark_idx" ON "initiative_benchmarks" USING btree ("benchmark_id");--> statement-breakpoint
CREATE UNIQUE INDEX "initiative_bodies_unique_idx" ON "initiative_bodies" USING btree ("initiative_id","body_id","relation");--> statement-breakpoint
CREATE INDEX "initiative_bodies_body_idx" ON "initiative_bodies" USING btree ("body_id");--> statement-breakpoint
-- Every write to the cooperation catalogue and its links bumps the data version, so no cached read outlives it.
CREATE TRIGGER cooperation_bodies_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cooperation_bodies
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER initiative_bodies_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON initiative_bodies
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER benchmarks_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON benchmarks
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER benchmark_results_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON benchmark_results
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER initiative_benchmarks_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON initiative_benchmarks
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
