-- Hand-written: the number of distinct trigrams of each title the search over everything compares as a
-- whole (`%`, app/services/search/search-everything.server.ts). Similarity t needs a title of at most
-- |query's trigrams| / t of them, so a misspelt word reads only titles short enough to match (ADR 023).
-- Each expression is exactly the one the query uses, or the planner cannot use it.
CREATE INDEX IF NOT EXISTS "network_title_trgm_count" ON "network" USING btree ((cardinality(show_trgm(th_unaccent(lower("name"))))));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "organisation_title_trgm_count" ON "organisation" USING btree ((cardinality(show_trgm(th_unaccent(lower("name"))))));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "offer_title_trgm_count" ON "offer" USING btree ((cardinality(show_trgm(th_unaccent(lower("title"))))));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "course_title_trgm_count" ON "course" USING btree ((cardinality(show_trgm(th_unaccent(lower("title"))))));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "event_title_trgm_count" ON "event" USING btree ((cardinality(show_trgm(th_unaccent(lower("name"))))));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "article_title_trgm_count" ON "article" USING btree ((cardinality(show_trgm(th_unaccent(lower("title"))))));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "tip_page_title_trgm_count" ON "tip_page" USING btree ((cardinality(show_trgm(th_unaccent(lower("title"))))));
