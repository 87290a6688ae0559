ALTER TABLE "identity_provider" ADD COLUMN "saml_metadata_url" text;--> statement-breakpoint
ALTER TABLE "identity_provider" ADD COLUMN "saml_metadata_fetched_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "identity_provider" ADD COLUMN "saml_single_logout" boolean DEFAULT false NOT NULL;