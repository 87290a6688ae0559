CREATE TABLE "assignment_run" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"requested_by_id" text,
	"status" text DEFAULT 'queued' NOT NULL,
	"progress" double precision DEFAULT 0 NOT NULL,
	"phase" text,
	"objective" double precision,
	"upper_bound" double precision,
	"optimal" boolean,
	"group_count" integer,
	"slot_count" integer,
	"stats" jsonb,
	"result" jsonb,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "attendance" (
	"assignment_id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"pupils_present" integer,
	"recorded_by_id" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_pupils_non_negative" CHECK ("attendance"."pupils_present" IS NULL OR "attendance"."pupils_present" >= 0)
);
--> statement-breakpoint
CREATE TABLE "event_assignment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	"locked" boolean DEFAULT false NOT NULL,
	"source" text NOT NULL,
	"run_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_assignment_group_id_unique" UNIQUE("group_id")
);
--> statement-breakpoint
CREATE TABLE "event_group" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"school_organisation_id" uuid NOT NULL,
	"registered_by_id" text,
	"label" text NOT NULL,
	"size" integer NOT NULL,
	"level" text NOT NULL,
	"windows" text[] DEFAULT '{}'::text[] NOT NULL,
	"preferences" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"max_km" integer,
	"girls_only_confirmed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_group_size_positive" CHECK ("event_group"."size" > 0),
	CONSTRAINT "event_group_preferences_max_five" CHECK (jsonb_array_length("event_group"."preferences") <= 5)
);
--> statement-breakpoint
CREATE TABLE "event_slot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"host_organisation_id" uuid NOT NULL,
	"created_by_id" text,
	"window" text NOT NULL,
	"capacity_pupils" integer,
	"max_groups" integer,
	"levels" text[] NOT NULL,
	"sector" text,
	"activity" text NOT NULL,
	"street" text,
	"postcode" text,
	"place" text,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"accessibility_notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_slot_some_capacity" CHECK ("event_slot"."capacity_pupils" IS NOT NULL OR "event_slot"."max_groups" IS NOT NULL),
	CONSTRAINT "event_slot_capacity_positive" CHECK ("event_slot"."capacity_pupils" IS NULL OR "event_slot"."capacity_pupils" > 0),
	CONSTRAINT "event_slot_max_groups_positive" CHECK ("event_slot"."max_groups" IS NULL OR "event_slot"."max_groups" > 0)
);
--> statement-breakpoint
ALTER TABLE "event" ADD COLUMN "ends_on" date;--> statement-breakpoint
ALTER TABLE "event" ADD COLUMN "windows" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "event" ADD COLUMN "host_registration_opens_on" date;--> statement-breakpoint
ALTER TABLE "event" ADD COLUMN "host_registration_closes_on" date;--> statement-breakpoint
ALTER TABLE "event" ADD COLUMN "school_registration_opens_on" date;--> statement-breakpoint
ALTER TABLE "event" ADD COLUMN "school_registration_closes_on" date;--> statement-breakpoint
ALTER TABLE "event" ADD COLUMN "target_levels" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "event" ADD COLUMN "girls_only" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "event" ADD COLUMN "min_group_size" integer;--> statement-breakpoint
ALTER TABLE "event" ADD COLUMN "default_max_km" integer DEFAULT 25 NOT NULL;--> statement-breakpoint
ALTER TABLE "event" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assignment_run" ADD CONSTRAINT "assignment_run_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_run" ADD CONSTRAINT "assignment_run_requested_by_id_user_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_assignment_id_event_assignment_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."event_assignment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_recorded_by_id_user_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_assignment" ADD CONSTRAINT "event_assignment_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_assignment" ADD CONSTRAINT "event_assignment_group_id_event_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."event_group"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_assignment" ADD CONSTRAINT "event_assignment_slot_id_event_slot_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."event_slot"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_assignment" ADD CONSTRAINT "event_assignment_run_id_assignment_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."assignment_run"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_group" ADD CONSTRAINT "event_group_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_group" ADD CONSTRAINT "event_group_school_organisation_id_organisation_id_fk" FOREIGN KEY ("school_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_group" ADD CONSTRAINT "event_group_registered_by_id_user_id_fk" FOREIGN KEY ("registered_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_slot" ADD CONSTRAINT "event_slot_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_slot" ADD CONSTRAINT "event_slot_host_organisation_id_organisation_id_fk" FOREIGN KEY ("host_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_slot" ADD CONSTRAINT "event_slot_created_by_id_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignment_run_event_idx" ON "assignment_run" USING btree ("event_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "assignment_run_one_active" ON "assignment_run" USING btree ("event_id") WHERE "assignment_run"."status" IN ('queued', 'running');--> statement-breakpoint
CREATE INDEX "event_assignment_event_idx" ON "event_assignment" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_assignment_slot_idx" ON "event_assignment" USING btree ("slot_id");--> statement-breakpoint
CREATE INDEX "event_group_event_idx" ON "event_group" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_group_school_idx" ON "event_group" USING btree ("school_organisation_id");--> statement-breakpoint
CREATE INDEX "event_slot_event_idx" ON "event_slot" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_slot_host_idx" ON "event_slot" USING btree ("host_organisation_id");