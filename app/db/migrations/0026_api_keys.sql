CREATE TABLE "api_key" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"secret_hash" text NOT NULL,
	"scopes" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoked_by_id" text,
	CONSTRAINT "api_key_secret_hash_unique" UNIQUE("secret_hash")
);
--> statement-breakpoint
CREATE TABLE "api_rate_limit" (
	"bucket" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "course" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "course_session" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "offer" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "api_key" ADD CONSTRAINT "api_key_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_key" ADD CONSTRAINT "api_key_created_by_id_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_key" ADD CONSTRAINT "api_key_revoked_by_id_user_id_fk" FOREIGN KEY ("revoked_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_key_organisation_idx" ON "api_key" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "api_rate_limit_window_idx" ON "api_rate_limit" USING btree ("window_start");--> statement-breakpoint
CREATE UNIQUE INDEX "course_provider_external_id" ON "course" USING btree ("provider_id","external_id") WHERE "course"."external_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "course_session_external_id" ON "course_session" USING btree ("course_id","external_id") WHERE "course_session"."external_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "offer_organisation_external_id" ON "offer" USING btree ("organisation_id","external_id") WHERE "offer"."external_id" IS NOT NULL;