CREATE TABLE "identity_provider" (
	"provider_id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"protocol" text NOT NULL,
	"kind" text NOT NULL,
	"organisation_id" uuid,
	"default_role" text DEFAULT 'member' NOT NULL,
	"trusted_for_linking" boolean DEFAULT false NOT NULL,
	"end_session_endpoint" text,
	"saml_metadata_url" text,
	"saml_metadata_fetched_at" timestamp with time zone,
	"saml_single_logout" boolean DEFAULT false NOT NULL,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity_provider_domain" (
	"domain" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"organisation_id" uuid,
	CONSTRAINT "identity_provider_domain_lower" CHECK ("identity_provider_domain"."domain" = lower("identity_provider_domain"."domain"))
);
--> statement-breakpoint
CREATE TABLE "sso_provider" (
	"id" text PRIMARY KEY NOT NULL,
	"issuer" text NOT NULL,
	"oidc_config" text,
	"saml_config" text,
	"user_id" text,
	"provider_id" text NOT NULL,
	"organization_id" text,
	"domain" text NOT NULL,
	CONSTRAINT "sso_provider_provider_id_unique" UNIQUE("provider_id")
);
--> statement-breakpoint
ALTER TABLE "identity_provider" ADD CONSTRAINT "identity_provider_provider_id_sso_provider_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."sso_provider"("provider_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_provider" ADD CONSTRAINT "identity_provider_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_provider_domain" ADD CONSTRAINT "identity_provider_domain_provider_id_identity_provider_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."identity_provider"("provider_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_provider_domain" ADD CONSTRAINT "identity_provider_domain_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sso_provider" ADD CONSTRAINT "sso_provider_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "identity_provider_organisation_idx" ON "identity_provider" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "identity_provider_domain_provider_idx" ON "identity_provider_domain" USING btree ("provider_id");