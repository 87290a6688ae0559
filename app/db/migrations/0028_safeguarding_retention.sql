CREATE TABLE "retention_run" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ran_at" timestamp with time zone NOT NULL,
	"removed" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "vog_required" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "offer" ADD COLUMN "vog_valid_until" date;--> statement-breakpoint
ALTER TABLE "offer" ADD COLUMN "vog_reminded_for" date;--> statement-breakpoint
CREATE INDEX "retention_run_ran_at_idx" ON "retention_run" USING btree ("ran_at");--> statement-breakpoint
CREATE INDEX "offer_vog_idx" ON "offer" USING btree ("vog_valid_until") WHERE "offer"."vog_valid_until" IS NOT NULL;