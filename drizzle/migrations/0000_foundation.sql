CREATE TABLE "audit_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"action" text NOT NULL,
	"version" integer NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"actor_role" text,
	"actor_ministry" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"changes" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eu_acts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"short_name" text NOT NULL,
	"number" text,
	"celex" text,
	"kind" text NOT NULL,
	"title_fi" text NOT NULL,
	"title_sv" text,
	"title_en" text,
	"adopted_on" date,
	"entry_into_force_on" date,
	"application_on" date,
	"transposition_deadline" date,
	"key_dates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"finnish_lead" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eu_acts_short_name_unique" UNIQUE("short_name")
);
--> statement-breakpoint
CREATE TABLE "eu_impacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"eu_act_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"deadline" date,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_number" text,
	"case_numbers" text[] DEFAULT '{}'::text[] NOT NULL,
	"title_fi" text NOT NULL,
	"title_sv" text,
	"title_en" text,
	"summary_fi" text NOT NULL,
	"summary_sv" text,
	"summary_en" text,
	"kind" text NOT NULL,
	"track" text NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"lead_ministry" text NOT NULL,
	"participating_ministries" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text NOT NULL,
	"preparation_stage" text,
	"ministry_health" text DEFAULT 'not_assessed' NOT NULL,
	"ministry_health_reason" text,
	"ministry_health_on" date,
	"ministry_health_by" text,
	"digitoimisto_health" text DEFAULT 'not_assessed' NOT NULL,
	"digitoimisto_health_reason" text,
	"digitoimisto_health_on" date,
	"digitoimisto_health_by" text,
	"tier" text DEFAULT 'unprioritised' NOT NULL,
	"rank" text,
	"scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"start_date" date,
	"end_date" date,
	"budget_cents" bigint,
	"funding_sources" text[] DEFAULT '{}'::text[] NOT NULL,
	"contact_name" text,
	"contact_email" text,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('finnish', coalesce(title_fi, '')), 'A')
          || setweight(to_tsvector('swedish', coalesce(title_sv, '')), 'A')
          || setweight(to_tsvector('english', coalesce(title_en, '')), 'A')
          || setweight(to_tsvector('finnish', coalesce(summary_fi, '')), 'B')
          || setweight(to_tsvector('swedish', coalesce(summary_sv, '')), 'B')
          || setweight(to_tsvector('english', coalesce(summary_en, '')), 'B')
          || setweight(to_tsvector('simple', coalesce(project_number, '')), 'A')) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"due_date" date NOT NULL,
	"done_at" date
);
--> statement-breakpoint
CREATE TABLE "ministries" (
	"code" text PRIMARY KEY NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"sort_order" integer NOT NULL,
	"digitoimisto" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "saved_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"filter" jsonb NOT NULL,
	"sort" jsonb,
	"shared" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"ministry" text,
	"password_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
ALTER TABLE "eu_acts" ADD CONSTRAINT "eu_acts_finnish_lead_ministries_code_fk" FOREIGN KEY ("finnish_lead") REFERENCES "public"."ministries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eu_impacts" ADD CONSTRAINT "eu_impacts_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eu_impacts" ADD CONSTRAINT "eu_impacts_eu_act_id_eu_acts_id_fk" FOREIGN KEY ("eu_act_id") REFERENCES "public"."eu_acts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_lead_ministry_ministries_code_fk" FOREIGN KEY ("lead_ministry") REFERENCES "public"."ministries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_ministry_ministries_code_fk" FOREIGN KEY ("ministry") REFERENCES "public"."ministries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "eu_impacts_unique_idx" ON "eu_impacts" USING btree ("initiative_id","eu_act_id","relation");--> statement-breakpoint
CREATE INDEX "eu_impacts_act_idx" ON "eu_impacts" USING btree ("eu_act_id");--> statement-breakpoint
CREATE INDEX "eu_impacts_deadline_idx" ON "eu_impacts" USING btree ("initiative_id","deadline");--> statement-breakpoint
CREATE UNIQUE INDEX "initiatives_project_number_idx" ON "initiatives" USING btree ("project_number");--> statement-breakpoint
CREATE INDEX "initiatives_search_idx" ON "initiatives" USING gin ("search");--> statement-breakpoint
CREATE INDEX "initiatives_lead_ministry_idx" ON "initiatives" USING btree ("lead_ministry");--> statement-breakpoint
CREATE INDEX "initiatives_participating_idx" ON "initiatives" USING gin ("participating_ministries");--> statement-breakpoint
CREATE INDEX "initiatives_active_title_idx" ON "initiatives" USING btree ("archived_at","title_fi");--> statement-breakpoint
CREATE INDEX "milestones_initiative_idx" ON "milestones" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "saved_views_owner_idx" ON "saved_views" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "saved_views_shared_idx" ON "saved_views" USING btree ("shared");--> statement-breakpoint
CREATE INDEX "sessions_expires_at_idx" ON "sessions" USING btree ("expires_at");