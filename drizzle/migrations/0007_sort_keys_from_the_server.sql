ALTER TABLE "initiatives" ALTER COLUMN "sort_title_fi" DROP EXPRESSION;--> statement-breakpoint
ALTER TABLE "initiatives" ALTER COLUMN "sort_title_sv" DROP EXPRESSION;--> statement-breakpoint
ALTER TABLE "initiatives" ALTER COLUMN "sort_title_en" DROP EXPRESSION;--> statement-breakpoint
ALTER TABLE "initiatives" ALTER COLUMN "search_text" DROP EXPRESSION;