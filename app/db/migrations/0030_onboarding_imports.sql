CREATE TABLE "onboarding_import" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"created_by_id" text NOT NULL,
	"filename" text NOT NULL,
	"rows" jsonb NOT NULL,
	"file_errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'preview' NOT NULL,
	"created_count" integer,
	"merged_count" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "onboarding_invitation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"import_id" uuid,
	"email" text NOT NULL,
	"name" text,
	"token_hash" text NOT NULL,
	"invited_by_id" text,
	"sent_at" timestamp with time zone NOT NULL,
	"reminded_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"accepted_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "onboarding_invitation_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "onboarding_invitation_email_lower" CHECK ("onboarding_invitation"."email" = lower("onboarding_invitation"."email"))
);
--> statement-breakpoint
ALTER TABLE "onboarding_import" ADD CONSTRAINT "onboarding_import_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_import" ADD CONSTRAINT "onboarding_import_created_by_id_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_invitation" ADD CONSTRAINT "onboarding_invitation_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_invitation" ADD CONSTRAINT "onboarding_invitation_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_invitation" ADD CONSTRAINT "onboarding_invitation_import_id_onboarding_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."onboarding_import"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_invitation" ADD CONSTRAINT "onboarding_invitation_invited_by_id_user_id_fk" FOREIGN KEY ("invited_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_invitation" ADD CONSTRAINT "onboarding_invitation_accepted_by_id_user_id_fk" FOREIGN KEY ("accepted_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "onboarding_import_network_idx" ON "onboarding_import" USING btree ("network_id","created_at");--> statement-breakpoint
CREATE INDEX "onboarding_invitation_network_idx" ON "onboarding_invitation" USING btree ("network_id","accepted_at");--> statement-breakpoint
CREATE INDEX "onboarding_invitation_open_idx" ON "onboarding_invitation" USING btree ("sent_at") WHERE "onboarding_invitation"."accepted_at" IS NULL;