-- Hand-written: expression indexes for the search over everything (app/services/search/helpers/kinds.server.ts)
-- and for the network directory's match on events. Each expression is exactly the one the queries use,
-- or the planner cannot use it. Network and offer have theirs already (schema files); course has its trigram one.
CREATE INDEX IF NOT EXISTS "course_fts" ON "course" USING gin (to_tsvector('dutch', th_unaccent("search_text")));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "course_title_trgm" ON "course" USING gin (th_unaccent(lower("title")) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "offer_title_trgm" ON "offer" USING gin (th_unaccent(lower("title")) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "organisation_search_fts" ON "organisation" USING gin (to_tsvector('dutch', th_unaccent("name" || ' ' || "description" || ' ' || coalesce("place", '') || ' ' || coalesce("sector", ''))));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "organisation_search_trgm" ON "organisation" USING gin (th_unaccent(lower("name" || ' ' || "description" || ' ' || coalesce("place", '') || ' ' || coalesce("sector", ''))) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "organisation_title_trgm" ON "organisation" USING gin (th_unaccent(lower("name")) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "event_search_fts" ON "event" USING gin (to_tsvector('dutch', th_unaccent("name" || ' ' || "description")));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "event_search_trgm" ON "event" USING gin (th_unaccent(lower("name" || ' ' || "description")) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "event_title_trgm" ON "event" USING gin (th_unaccent(lower("name")) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "article_search_fts" ON "article" USING gin (to_tsvector('dutch', th_unaccent("title" || ' ' || "summary" || ' ' || "body")));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "article_search_trgm" ON "article" USING gin (th_unaccent(lower("title" || ' ' || "summary" || ' ' || "body")) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "article_title_trgm" ON "article" USING gin (th_unaccent(lower("title")) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "tip_page_search_fts" ON "tip_page" USING gin (to_tsvector('dutch', th_unaccent("title" || ' ' || "summary" || ' ' || "body")));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "tip_page_search_trgm" ON "tip_page" USING gin (th_unaccent(lower("title" || ' ' || "summary" || ' ' || "body")) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "tip_page_title_trgm" ON "tip_page" USING gin (th_unaccent(lower("title")) gin_trgm_ops);
