-- Matching keys as (level, topic) rows carrying what the score's ceiling reads (ADR 010), rebuilt from the published offers.
ALTER TABLE "offer_match_key" ADD COLUMN "level" text NOT NULL;--> statement-breakpoint
ALTER TABLE "offer_match_key" ADD COLUMN "topic" text NOT NULL;--> statement-breakpoint
ALTER TABLE "offer_match_key" ADD COLUMN "organisation_id" uuid NOT NULL;--> statement-breakpoint
ALTER TABLE "offer_match_key" ADD COLUMN "kind" text NOT NULL;--> statement-breakpoint
ALTER TABLE "offer_match_key" ADD COLUMN "level_count" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "offer_match_key" ADD COLUMN "group_size_max" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "offer_match_key" ADD COLUMN "travel_radius_km" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "offer_match_key" ADD COLUMN "lat" double precision;--> statement-breakpoint
ALTER TABLE "offer_match_key" ADD COLUMN "lon" double precision;--> statement-breakpoint
ALTER TABLE "offer_match_key" ADD COLUMN "location_mask" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "offer_match_key" ADD COLUMN "weekday_mask" integer NOT NULL;--> statement-breakpoint
INSERT INTO "offer_match_key" ("offer_id", "level", "topic", "organisation_id", "kind", "level_count", "group_size_max", "travel_radius_km", "lat", "lon", "location_mask", "weekday_mask")
SELECT o."id", l.level, t.topic, o."organisation_id", o."kind", cardinality(o."levels"), o."group_size_max", o."travel_radius_km", o."lat", o."lon",
  (CASE WHEN 'school' = ANY(o."locations") THEN 1 ELSE 0 END) | (CASE WHEN 'company' = ANY(o."locations") THEN 2 ELSE 0 END) | (CASE WHEN 'online' = ANY(o."locations") THEN 4 ELSE 0 END),
  (SELECT coalesce(bit_or(1 << d), 0) FROM unnest(o."weekdays") d WHERE d BETWEEN 1 AND 7)
FROM "offer" o
CROSS JOIN LATERAL (SELECT DISTINCT unnest(o."levels") AS level) l
CROSS JOIN LATERAL (SELECT DISTINCT unnest(o."topics") AS topic) t
WHERE o."status" = 'published' AND ('online' = ANY(o."locations") OR (o."lat" IS NOT NULL AND o."lon" IS NOT NULL));--> statement-breakpoint
CREATE INDEX "offer_match_key_probe" ON "offer_match_key" USING btree ("level","topic","offer_id","organisation_id","kind","level_count","group_size_max","travel_radius_km","lat","lon","location_mask","weekday_mask");
