CREATE TABLE "appointment_step" (
	"appointment_id" uuid NOT NULL,
	"step" text NOT NULL,
	"actor_id" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointment_step_appointment_id_step_pk" PRIMARY KEY("appointment_id","step")
);
--> statement-breakpoint
CREATE TABLE "request_escalation" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"escalated_at" timestamp with time zone NOT NULL,
	"reason" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_suggestion" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"source" text NOT NULL,
	"suggested_by_id" text,
	"note" text DEFAULT '' NOT NULL,
	"appointment_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tip_page" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body" text NOT NULL,
	"network_id" uuid,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"updated_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tip_page_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "appointment_step" ADD CONSTRAINT "appointment_step_appointment_id_appointment_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_step" ADD CONSTRAINT "appointment_step_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_escalation" ADD CONSTRAINT "request_escalation_request_id_lesson_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."lesson_request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_suggestion" ADD CONSTRAINT "request_suggestion_request_id_lesson_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."lesson_request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_suggestion" ADD CONSTRAINT "request_suggestion_offer_id_offer_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offer"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_suggestion" ADD CONSTRAINT "request_suggestion_suggested_by_id_user_id_fk" FOREIGN KEY ("suggested_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_suggestion" ADD CONSTRAINT "request_suggestion_appointment_id_appointment_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointment"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_page" ADD CONSTRAINT "tip_page_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_page" ADD CONSTRAINT "tip_page_updated_by_id_user_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "request_suggestion_once" ON "request_suggestion" USING btree ("request_id","offer_id");--> statement-breakpoint
CREATE INDEX "request_suggestion_request_idx" ON "request_suggestion" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "tip_page_order_idx" ON "tip_page" USING btree ("sort_order","title");--> statement-breakpoint
CREATE INDEX "tip_page_network_idx" ON "tip_page" USING btree ("network_id") WHERE "tip_page"."network_id" IS NOT NULL;