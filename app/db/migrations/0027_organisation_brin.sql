ALTER TABLE "organisation" ADD COLUMN "brin" text;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "branch_number" text;--> statement-breakpoint
CREATE INDEX "organisation_brin_idx" ON "organisation" USING btree ("brin","branch_number") WHERE "organisation"."brin" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_brin_format" CHECK ("organisation"."brin" IS NULL OR "organisation"."brin" ~ '^[0-9]{2}[A-Z0-9]{2}$');--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_branch_number_format" CHECK ("organisation"."branch_number" IS NULL OR ("organisation"."brin" IS NOT NULL AND "organisation"."branch_number" ~ '^[0-9]{2}$'));