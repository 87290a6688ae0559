DROP INDEX "offer_match_key_probe";--> statement-breakpoint
ALTER TABLE "offer" ADD COLUMN "match_words" text;--> statement-breakpoint
ALTER TABLE "offer_match_key" ADD COLUMN "match_words" text;--> statement-breakpoint
CREATE INDEX "offer_match_key_probe" ON "offer_match_key" USING btree ("level","topic","offer_id","organisation_id","kind","level_count","group_size_max","travel_radius_km","lat","lon","location_mask","weekday_mask","match_words");