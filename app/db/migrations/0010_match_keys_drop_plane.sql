-- Matching keys stop being circles on the flat plane; the next migration rebuilds them as (level, topic) rows (ADR 010).
DROP INDEX "offer_match_key_gist";--> statement-breakpoint
DELETE FROM "offer_match_key";--> statement-breakpoint
ALTER TABLE "offer_match_key" DROP COLUMN "x";--> statement-breakpoint
ALTER TABLE "offer_match_key" DROP COLUMN "y";--> statement-breakpoint
ALTER TABLE "offer_match_key" DROP COLUMN "r";
