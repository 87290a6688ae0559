-- The five-letter starts of a course's words (WORD_START in domain/courses/matching.ts): two
-- keywords count as one word when one starts with the other, so they share this start.
CREATE OR REPLACE FUNCTION th_word_starts(words text[]) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_agg(DISTINCT left(w, 5)), '{}'::text[]) FROM unnest(words) AS w $$;--> statement-breakpoint
ALTER TABLE "course" ADD COLUMN "words" text[];--> statement-breakpoint
CREATE INDEX "course_word_starts_idx" ON "course" USING gin (th_word_starts("words")) WHERE "course"."status" = 'published';
