-- The whole-text trigram indexes no search has used since ADR 023 (full text answers every
-- match; trigrams only over titles and the known words). Shown unused on the national copy by
-- EXPLAIN and pg_stat_user_indexes (ADR 023, amendment). course_search_trgm stays: the course
-- catalogue's text filter (a LIKE) uses it.
DROP INDEX IF EXISTS "network_trgm";--> statement-breakpoint
DROP INDEX IF EXISTS "offer_trgm";--> statement-breakpoint
DROP INDEX IF EXISTS "organisation_search_trgm";--> statement-breakpoint
DROP INDEX IF EXISTS "event_search_trgm";--> statement-breakpoint
DROP INDEX IF EXISTS "article_search_trgm";--> statement-breakpoint
DROP INDEX IF EXISTS "tip_page_search_trgm";--> statement-breakpoint
-- The five-letter starts of a course's words (WORD_START in domain/courses/matching.ts): two
-- keywords count as one word when one starts with the other, so they share this start.
CREATE OR REPLACE FUNCTION th_word_starts(words text[]) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_agg(DISTINCT left(w, 5)), '{}'::text[]) FROM unnest(words) AS w $$;--> statement-breakpoint
ALTER TABLE "course" ADD COLUMN "words" text[];--> statement-breakpoint
CREATE INDEX "course_word_starts_idx" ON "course" USING gin (th_word_starts("words")) WHERE "course"."status" = 'published';
