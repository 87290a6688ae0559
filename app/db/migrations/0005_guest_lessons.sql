CREATE TABLE "appointment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid,
	"offer_id" uuid NOT NULL,
	"school_organisation_id" uuid NOT NULL,
	"provider_organisation_id" uuid NOT NULL,
	"network_id" uuid,
	"requested_by_id" text,
	"state" text DEFAULT 'requested' NOT NULL,
	"proposed_options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"date" date,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"location" text,
	"level" text,
	"pupils" integer,
	"groups" integer,
	"decline_reason" text,
	"cancelled_by_id" text,
	"cancelled_by_side" text,
	"cancel_reason" text,
	"late_cancellation" boolean DEFAULT false NOT NULL,
	"no_show" boolean DEFAULT false NOT NULL,
	"pupils_reached" integer,
	"calendar_consent_school" boolean DEFAULT false NOT NULL,
	"calendar_consent_provider" boolean DEFAULT false NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"declined_at" timestamp with time zone,
	"expired_at" timestamp with time zone,
	"scheduled_at" timestamp with time zone,
	"took_place_at" timestamp with time zone,
	"evaluated_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointment_pupils_reached" CHECK ("appointment"."pupils_reached" IS NULL OR "appointment"."pupils_reached" >= 0)
);
--> statement-breakpoint
CREATE TABLE "appointment_evaluation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"appointment_id" uuid NOT NULL,
	"side" text NOT NULL,
	"author_id" text,
	"rating" integer NOT NULL,
	"clear_purpose" boolean,
	"learning_goals" boolean,
	"two_way_interaction" boolean,
	"reflection_afterwards" boolean,
	"pupils_reached" integer,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointment_evaluation_rating" CHECK ("appointment_evaluation"."rating" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE "appointment_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"appointment_id" uuid NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor_id" text,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appointment_message" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"appointment_id" uuid NOT NULL,
	"author_id" text,
	"author_side" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_token" (
	"user_id" text PRIMARY KEY NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_token_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "lesson_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_organisation_id" uuid NOT NULL,
	"created_by_id" text,
	"network_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"free_text" text DEFAULT '' NOT NULL,
	"level" text NOT NULL,
	"pupils" integer NOT NULL,
	"groups" integer DEFAULT 1 NOT NULL,
	"date_options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"period_from" date,
	"period_until" date,
	"place" text DEFAULT 'any' NOT NULL,
	"place_name" text,
	"lat" double precision,
	"lon" double precision,
	"max_travel_km" integer,
	"notes" text DEFAULT '' NOT NULL,
	"mode" text DEFAULT 'open' NOT NULL,
	"direct_offer_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lesson_request_pupils" CHECK ("lesson_request"."pupils" >= 1 AND "lesson_request"."groups" >= 1),
	CONSTRAINT "lesson_request_period" CHECK ("lesson_request"."period_from" IS NULL OR "lesson_request"."period_until" IS NULL OR "lesson_request"."period_from" <= "lesson_request"."period_until")
);
--> statement-breakpoint
CREATE TABLE "network_setting" (
	"network_id" uuid PRIMARY KEY NOT NULL,
	"escalation_working_days" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_setting_escalation" CHECK ("network_setting"."escalation_working_days" IS NULL OR "network_setting"."escalation_working_days" >= 1)
);
--> statement-breakpoint
CREATE TABLE "offer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_by_id" text,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"levels" text[] DEFAULT '{}'::text[] NOT NULL,
	"group_size_min" integer DEFAULT 1 NOT NULL,
	"group_size_max" integer DEFAULT 30 NOT NULL,
	"duration_minutes" integer DEFAULT 60 NOT NULL,
	"locations" text[] DEFAULT '{}'::text[] NOT NULL,
	"travel_radius_km" integer DEFAULT 25 NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"place" text,
	"weekdays" integer[] DEFAULT '{1,2,3,4,5}'::integer[] NOT NULL,
	"available_periods" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"blackout_dates" date[] DEFAULT '{}'::date[] NOT NULL,
	"max_per_month" integer,
	"language" text DEFAULT 'nl' NOT NULL,
	"contact_user_id" text,
	"contact_name" text,
	"contact_email" text,
	"preparation_tips" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offer_group_size" CHECK ("offer"."group_size_min" >= 1 AND "offer"."group_size_max" >= "offer"."group_size_min"),
	CONSTRAINT "offer_duration" CHECK ("offer"."duration_minutes" > 0),
	CONSTRAINT "offer_radius" CHECK ("offer"."travel_radius_km" >= 0 AND "offer"."travel_radius_km" <= 200),
	CONSTRAINT "offer_max_per_month" CHECK ("offer"."max_per_month" IS NULL OR "offer"."max_per_month" >= 1)
);
--> statement-breakpoint
CREATE TABLE "provider_reliability" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"requests_received" integer DEFAULT 0 NOT NULL,
	"requests_answered" integer DEFAULT 0 NOT NULL,
	"median_response_hours" double precision,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "topic" (
	"slug" text PRIMARY KEY NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"group_name" text DEFAULT 'algemeen' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_request_id_lesson_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."lesson_request"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_offer_id_offer_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offer"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_school_organisation_id_organisation_id_fk" FOREIGN KEY ("school_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_provider_organisation_id_organisation_id_fk" FOREIGN KEY ("provider_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_requested_by_id_user_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_cancelled_by_id_user_id_fk" FOREIGN KEY ("cancelled_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_evaluation" ADD CONSTRAINT "appointment_evaluation_appointment_id_appointment_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_evaluation" ADD CONSTRAINT "appointment_evaluation_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_event" ADD CONSTRAINT "appointment_event_appointment_id_appointment_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_event" ADD CONSTRAINT "appointment_event_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_message" ADD CONSTRAINT "appointment_message_appointment_id_appointment_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_message" ADD CONSTRAINT "appointment_message_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_token" ADD CONSTRAINT "calendar_token_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_request" ADD CONSTRAINT "lesson_request_school_organisation_id_organisation_id_fk" FOREIGN KEY ("school_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_request" ADD CONSTRAINT "lesson_request_created_by_id_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_request" ADD CONSTRAINT "lesson_request_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_request" ADD CONSTRAINT "lesson_request_direct_offer_id_offer_id_fk" FOREIGN KEY ("direct_offer_id") REFERENCES "public"."offer"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_setting" ADD CONSTRAINT "network_setting_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer" ADD CONSTRAINT "offer_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer" ADD CONSTRAINT "offer_created_by_id_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer" ADD CONSTRAINT "offer_contact_user_id_user_id_fk" FOREIGN KEY ("contact_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_reliability" ADD CONSTRAINT "provider_reliability_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appointment_offer_date_taken" ON "appointment" USING btree ("offer_id","date") WHERE "appointment"."date" IS NOT NULL AND "appointment"."state" NOT IN ('declined', 'expired', 'cancelled');--> statement-breakpoint
CREATE INDEX "appointment_offer_idx" ON "appointment" USING btree ("offer_id","state");--> statement-breakpoint
CREATE INDEX "appointment_school_idx" ON "appointment" USING btree ("school_organisation_id","state");--> statement-breakpoint
CREATE INDEX "appointment_provider_idx" ON "appointment" USING btree ("provider_organisation_id","state");--> statement-breakpoint
CREATE INDEX "appointment_request_idx" ON "appointment" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "appointment_network_idx" ON "appointment" USING btree ("network_id","state");--> statement-breakpoint
CREATE INDEX "appointment_state_requested_idx" ON "appointment" USING btree ("state","requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "appointment_evaluation_one_per_side" ON "appointment_evaluation" USING btree ("appointment_id","side");--> statement-breakpoint
CREATE INDEX "appointment_event_appointment_idx" ON "appointment_event" USING btree ("appointment_id","at");--> statement-breakpoint
CREATE INDEX "appointment_message_thread_idx" ON "appointment_message" USING btree ("appointment_id","created_at");--> statement-breakpoint
CREATE INDEX "lesson_request_school_idx" ON "lesson_request" USING btree ("school_organisation_id","status");--> statement-breakpoint
CREATE INDEX "lesson_request_network_idx" ON "lesson_request" USING btree ("network_id","status");--> statement-breakpoint
CREATE INDEX "lesson_request_direct_offer_idx" ON "lesson_request" USING btree ("direct_offer_id");--> statement-breakpoint
CREATE INDEX "lesson_request_open_geo_idx" ON "lesson_request" USING btree ("lat","lon") WHERE "lesson_request"."status" = 'open' AND "lesson_request"."mode" = 'open';--> statement-breakpoint
CREATE INDEX "lesson_request_topics_idx" ON "lesson_request" USING gin ("topics");--> statement-breakpoint
CREATE INDEX "lesson_request_fts" ON "lesson_request" USING gin (to_tsvector('dutch', th_unaccent("search_text")));--> statement-breakpoint
CREATE INDEX "offer_org_idx" ON "offer" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "offer_published_geo_idx" ON "offer" USING btree ("lat","lon") WHERE "offer"."status" = 'published';--> statement-breakpoint
CREATE INDEX "offer_levels_idx" ON "offer" USING gin ("levels");--> statement-breakpoint
CREATE INDEX "offer_topics_idx" ON "offer" USING gin ("topics");--> statement-breakpoint
CREATE INDEX "offer_fts" ON "offer" USING gin (to_tsvector('dutch', th_unaccent("search_text")));--> statement-breakpoint
CREATE INDEX "offer_trgm" ON "offer" USING gin (th_unaccent(lower("search_text")) gin_trgm_ops);--> statement-breakpoint
-- The shared topic list: reference data every deployment needs (admins may add rows later).
INSERT INTO "topic" ("slug", "name_nl", "name_en", "group_name", "sort_order") VALUES
('lassen', 'lassen', 'welding', 'metaal', 0),
('metaalbewerking', 'metaalbewerking', 'metalworking', 'metaal', 10),
('cnc-verspanen', 'CNC-verspanen', 'CNC machining', 'metaal', 20),
('plaatbewerking', 'plaatbewerking', 'sheet metal work', 'metaal', 30),
('staalconstructie', 'staalconstructie', 'steel construction', 'metaal', 40),
('machinebouw', 'machinebouw', 'machine building', 'metaal', 50),
('installatietechniek', 'installatietechniek', 'building services', 'installatie', 60),
('elektrotechniek', 'elektrotechniek', 'electrical engineering', 'installatie', 70),
('zonne-energie', 'zonne-energie', 'solar energy', 'installatie', 80),
('warmtepompen', 'warmtepompen', 'heat pumps', 'installatie', 90),
('klimaattechniek', 'klimaattechniek', 'climate control', 'installatie', 100),
('sanitair', 'sanitair en leidingwerk', 'plumbing', 'installatie', 110),
('energietransitie', 'energietransitie', 'energy transition', 'installatie', 120),
('voedseltechnologie', 'voedseltechnologie', 'food technology', 'agri-food', 130),
('agrotechniek', 'agrotechniek', 'agricultural engineering', 'agri-food', 140),
('precisielandbouw', 'precisielandbouw', 'precision farming', 'agri-food', 150),
('procestechniek', 'procestechniek', 'process technology', 'agri-food', 160),
('voedselveiligheid', 'voedselveiligheid', 'food safety', 'agri-food', 170),
('mechatronica', 'mechatronica', 'mechatronics', 'hightech', 180),
('robotica', 'robotica', 'robotics', 'hightech', 190),
('automatisering', 'automatisering en PLC', 'automation and PLC', 'hightech', 200),
('programmeren', 'programmeren', 'programming', 'hightech', 210),
('3d-printen', '3D-printen', '3D printing', 'hightech', 220),
('elektronica', 'elektronica', 'electronics', 'hightech', 230),
('ontwerpen', 'ontwerpen en tekenen (CAD)', 'design and CAD', 'hightech', 240),
('bouwtechniek', 'bouwtechniek', 'construction', 'bouw', 250),
('houtbewerking', 'houtbewerking', 'woodworking', 'bouw', 260),
('logistiek', 'logistiek', 'logistics', 'logistiek', 270),
('motorvoertuigentechniek', 'motorvoertuigentechniek', 'automotive technology', 'mobiliteit', 280),
('duurzaamheid', 'duurzaamheid en circulair', 'sustainability and circularity', 'algemeen', 290),
('veiligheid', 'veilig werken', 'working safely', 'algemeen', 300),
('beroepsorientatie', 'beroepsoriëntatie (LOB)', 'career orientation', 'algemeen', 310)
ON CONFLICT ("slug") DO NOTHING;
