DROP INDEX "network_name_trgm";--> statement-breakpoint
-- Hand-written (after drizzle-kit's drop of network_name_trgm above): each searched title folded
-- once, when it is written, instead of in every trigram recheck. The search over everything, the
-- directory and the offers' ranking compare `th_unaccent(lower(title))` by trigrams; in a recheck
-- that wrapper (an SQL function never inlined) cost PGlite about a fifth of each title's `%` in
-- WebAssembly (ADR 023). th_unaccent is IMMUTABLE, so the database generates the
-- columns: every write path (the use-cases, the onboarding import, the national seed's bulk
-- inserts) fills them without knowing of them. `*_trigrams` is the number of the folded title's
-- distinct trigrams, the length bound of migration national_more, read instead of computed for
-- each rechecked title. The indexes on the old expressions go first (nothing else reads them, and
-- the rewrite would build them again); one ALTER per table, one rewrite.
DROP INDEX IF EXISTS "network_title_trgm_count";
--> statement-breakpoint
ALTER TABLE "network" ADD COLUMN "name_folded" text GENERATED ALWAYS AS (th_unaccent(lower("name"))) STORED,
  ADD COLUMN "name_trigrams" integer GENERATED ALWAYS AS (cardinality(show_trgm(th_unaccent(lower("name"))))) STORED;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "network_name_folded_trgm" ON "network" USING gin ("name_folded" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "network_name_trigrams" ON "network" USING btree ("name_trigrams");
--> statement-breakpoint
DROP INDEX IF EXISTS "organisation_title_trgm";
--> statement-breakpoint
DROP INDEX IF EXISTS "organisation_title_trgm_count";
--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "name_folded" text GENERATED ALWAYS AS (th_unaccent(lower("name"))) STORED,
  ADD COLUMN "name_trigrams" integer GENERATED ALWAYS AS (cardinality(show_trgm(th_unaccent(lower("name"))))) STORED;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "organisation_name_folded_trgm" ON "organisation" USING gin ("name_folded" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "organisation_name_trigrams" ON "organisation" USING btree ("name_trigrams");
--> statement-breakpoint
DROP INDEX IF EXISTS "offer_title_trgm";
--> statement-breakpoint
DROP INDEX IF EXISTS "offer_title_trgm_count";
--> statement-breakpoint
ALTER TABLE "offer" ADD COLUMN "title_folded" text GENERATED ALWAYS AS (th_unaccent(lower("title"))) STORED,
  ADD COLUMN "title_trigrams" integer GENERATED ALWAYS AS (cardinality(show_trgm(th_unaccent(lower("title"))))) STORED;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "offer_title_folded_trgm" ON "offer" USING gin ("title_folded" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "offer_title_trigrams" ON "offer" USING btree ("title_trigrams");
--> statement-breakpoint
DROP INDEX IF EXISTS "course_title_trgm";
--> statement-breakpoint
DROP INDEX IF EXISTS "course_title_trgm_count";
--> statement-breakpoint
ALTER TABLE "course" ADD COLUMN "title_folded" text GENERATED ALWAYS AS (th_unaccent(lower("title"))) STORED,
  ADD COLUMN "title_trigrams" integer GENERATED ALWAYS AS (cardinality(show_trgm(th_unaccent(lower("title"))))) STORED;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "course_title_folded_trgm" ON "course" USING gin ("title_folded" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "course_title_trigrams" ON "course" USING btree ("title_trigrams");
--> statement-breakpoint
DROP INDEX IF EXISTS "event_title_trgm";
--> statement-breakpoint
DROP INDEX IF EXISTS "event_title_trgm_count";
--> statement-breakpoint
ALTER TABLE "event" ADD COLUMN "name_folded" text GENERATED ALWAYS AS (th_unaccent(lower("name"))) STORED,
  ADD COLUMN "name_trigrams" integer GENERATED ALWAYS AS (cardinality(show_trgm(th_unaccent(lower("name"))))) STORED;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "event_name_folded_trgm" ON "event" USING gin ("name_folded" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "event_name_trigrams" ON "event" USING btree ("name_trigrams");
--> statement-breakpoint
DROP INDEX IF EXISTS "article_title_trgm";
--> statement-breakpoint
DROP INDEX IF EXISTS "article_title_trgm_count";
--> statement-breakpoint
ALTER TABLE "article" ADD COLUMN "title_folded" text GENERATED ALWAYS AS (th_unaccent(lower("title"))) STORED,
  ADD COLUMN "title_trigrams" integer GENERATED ALWAYS AS (cardinality(show_trgm(th_unaccent(lower("title"))))) STORED;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "article_title_folded_trgm" ON "article" USING gin ("title_folded" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "article_title_trigrams" ON "article" USING btree ("title_trigrams");
--> statement-breakpoint
DROP INDEX IF EXISTS "tip_page_title_trgm";
--> statement-breakpoint
DROP INDEX IF EXISTS "tip_page_title_trgm_count";
--> statement-breakpoint
ALTER TABLE "tip_page" ADD COLUMN "title_folded" text GENERATED ALWAYS AS (th_unaccent(lower("title"))) STORED,
  ADD COLUMN "title_trigrams" integer GENERATED ALWAYS AS (cardinality(show_trgm(th_unaccent(lower("title"))))) STORED;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "tip_page_title_folded_trgm" ON "tip_page" USING gin ("title_folded" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "tip_page_title_trigrams" ON "tip_page" USING btree ("title_trigrams");
--> statement-breakpoint
-- The planner's statistics of the new columns: the expression indexes they replace had theirs, and
-- PGlite has no autovacuum to gather them later.
ANALYZE "network", "organisation", "offer", "course", "event", "article", "tip_page";
