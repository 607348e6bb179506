DROP INDEX "initiatives_active_title_idx";--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "sort_title_fi" text COLLATE "C" GENERATED ALWAYS AS (title_sort_key(title_fi, 'fi')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "sort_title_sv" text COLLATE "C" GENERATED ALWAYS AS (title_sort_key(coalesce(title_sv, title_fi), 'sv')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "sort_title_en" text COLLATE "C" GENERATED ALWAYS AS (title_sort_key(coalesce(title_en, title_fi), 'en')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "search_text" text GENERATED ALWAYS AS (search_join(array[title_fi, title_sv, title_en, project_number] || case_numbers)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "initiatives_active_sort_fi_idx" ON "initiatives" USING btree ("sort_title_fi","id") WHERE archived_at is null;--> statement-breakpoint
CREATE INDEX "initiatives_active_sort_sv_idx" ON "initiatives" USING btree ("sort_title_sv","id") WHERE archived_at is null;--> statement-breakpoint
CREATE INDEX "initiatives_active_sort_en_idx" ON "initiatives" USING btree ("sort_title_en","id") WHERE archived_at is null;--> statement-breakpoint
CREATE INDEX "initiatives_search_text_idx" ON "initiatives" USING gin ("search_text" public.gin_trgm_ops);