CREATE TABLE "offer_match_key" (
	"offer_id" uuid NOT NULL,
	"x" double precision NOT NULL,
	"y" double precision NOT NULL,
	"r" double precision NOT NULL
);
--> statement-breakpoint
ALTER TABLE "offer_match_key" ADD CONSTRAINT "offer_match_key_offer_id_offer_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offer"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "offer_match_key_offer_idx" ON "offer_match_key" USING btree ("offer_id");--> statement-breakpoint
CREATE INDEX "offer_match_key_gist" ON "offer_match_key" USING gist (circle(point("x", "y"), "r"));