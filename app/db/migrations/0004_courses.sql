CREATE TABLE "course" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"provider_id" uuid NOT NULL,
	"network_id" uuid,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"level" text DEFAULT 'none' NOT NULL,
	"format" text NOT NULL,
	"duration" text DEFAULT '' NOT NULL,
	"price_cents" integer DEFAULT 0 NOT NULL,
	"leads_to" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"created_by_id" text,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "course_slug_unique" UNIQUE("slug"),
	CONSTRAINT "course_price_not_negative" CHECK ("course"."price_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "course_origin_need" (
	"course_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	CONSTRAINT "course_origin_need_course_id_need_id_pk" PRIMARY KEY("course_id","need_id")
);
--> statement-breakpoint
CREATE TABLE "course_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"location_id" uuid,
	"address" text,
	"place" text,
	"lat" double precision,
	"lon" double precision,
	"capacity" integer NOT NULL,
	"min_participants" integer DEFAULT 0 NOT NULL,
	"registration_deadline" timestamp with time zone NOT NULL,
	"places_taken" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "course_session_capacity" CHECK ("course_session"."capacity" > 0 AND "course_session"."places_taken" >= 0 AND "course_session"."places_taken" <= "course_session"."capacity"),
	CONSTRAINT "course_session_min" CHECK ("course_session"."min_participants" >= 0 AND "course_session"."min_participants" <= "course_session"."capacity"),
	CONSTRAINT "course_session_times" CHECK ("course_session"."ends_at" > "course_session"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "need_notification" (
	"need_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "need_notification_need_id_course_id_pk" PRIMARY KEY("need_id","course_id")
);
--> statement-breakpoint
CREATE TABLE "registration" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"user_id" text,
	"participant_name" text NOT NULL,
	"participant_email" text NOT NULL,
	"registered_by_id" text,
	"organisation_id" uuid,
	"status" text NOT NULL,
	"waitlist_position" integer,
	"expires_at" timestamp with time zone,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "registration_token_unique" UNIQUE("token"),
	CONSTRAINT "registration_email_lowercase" CHECK ("registration"."participant_email" = lower("registration"."participant_email")),
	CONSTRAINT "registration_waitlist_position" CHECK (("registration"."status" = 'waitlisted') = ("registration"."waitlist_position" IS NOT NULL) AND ("registration"."waitlist_position" IS NULL OR "registration"."waitlist_position" >= 1))
);
--> statement-breakpoint
CREATE TABLE "training_need" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_by_id" text,
	"topic" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"employee_count" integer NOT NULL,
	"level" text DEFAULT 'none' NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"preferred_format" text DEFAULT 'no_preference' NOT NULL,
	"place" text,
	"province" text,
	"lat" double precision,
	"lon" double precision,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "training_need_employees" CHECK ("training_need"."employee_count" >= 1),
	CONSTRAINT "training_need_period" CHECK ("training_need"."period_end" >= "training_need"."period_start")
);
--> statement-breakpoint
ALTER TABLE "course" ADD CONSTRAINT "course_provider_id_organisation_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course" ADD CONSTRAINT "course_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course" ADD CONSTRAINT "course_created_by_id_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_origin_need" ADD CONSTRAINT "course_origin_need_course_id_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."course"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_origin_need" ADD CONSTRAINT "course_origin_need_need_id_training_need_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."training_need"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_session" ADD CONSTRAINT "course_session_course_id_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."course"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_session" ADD CONSTRAINT "course_session_location_id_network_location_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."network_location"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_notification" ADD CONSTRAINT "need_notification_need_id_training_need_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."training_need"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_notification" ADD CONSTRAINT "need_notification_course_id_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."course"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration" ADD CONSTRAINT "registration_session_id_course_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."course_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration" ADD CONSTRAINT "registration_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration" ADD CONSTRAINT "registration_registered_by_id_user_id_fk" FOREIGN KEY ("registered_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration" ADD CONSTRAINT "registration_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_need" ADD CONSTRAINT "training_need_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_need" ADD CONSTRAINT "training_need_created_by_id_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "course_provider_idx" ON "course" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "course_topics_idx" ON "course" USING gin ("topics");--> statement-breakpoint
CREATE INDEX "course_search_trgm" ON "course" USING gin (th_unaccent(lower("search_text")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "course_session_course_idx" ON "course_session" USING btree ("course_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "registration_one_active_per_email" ON "registration" USING btree ("session_id","participant_email") WHERE "registration"."status" NOT IN ('cancelled', 'expired');--> statement-breakpoint
CREATE UNIQUE INDEX "registration_waitlist_unique" ON "registration" USING btree ("session_id","waitlist_position") WHERE "registration"."status" = 'waitlisted';--> statement-breakpoint
CREATE INDEX "registration_user_idx" ON "registration" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "registration_email_idx" ON "registration" USING btree ("participant_email");--> statement-breakpoint
CREATE INDEX "registration_due_idx" ON "registration" USING btree ("status","expires_at");--> statement-breakpoint
CREATE INDEX "training_need_org_idx" ON "training_need" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "training_need_open_idx" ON "training_need" USING btree ("status","topic");