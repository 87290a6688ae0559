ALTER TABLE "lesson_request" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "lesson_request" ADD COLUMN "withdraw_reason" text;