CREATE TABLE "search_word" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_word_trgm" ON "search_word" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
-- Hand-written from here (ADR 023). The words of a text as search_word keeps them: folded like the
-- search's trigram side (th_unaccent(lower(…))), split on anything but letters and digits; words of
-- one or two letters carry too little to correct, and long tokens are codes or addresses.
CREATE OR REPLACE FUNCTION th_search_words(text) RETURNS SETOF text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT DISTINCT w FROM regexp_split_to_table(th_unaccent(lower($1)), '[^a-z0-9]+') AS w WHERE length(w) BETWEEN 3 AND 40 $$;
--> statement-breakpoint
-- Statement-level, so a bulk insert (the national seed: 100,000 offers) adds its words in one
-- statement instead of one per row. TG_ARGV[0] is the table's search text, the same expression
-- app/services/search/helpers/kinds.server.ts searches by, over the transition table.
CREATE OR REPLACE FUNCTION th_search_words_added() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  EXECUTE format('INSERT INTO search_word (word) SELECT DISTINCT w FROM new_rows, th_search_words(%s) AS w ON CONFLICT DO NOTHING', TG_ARGV[0]);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER network_search_words_insert AFTER INSERT ON network REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION th_search_words_added('search_text');
--> statement-breakpoint
CREATE TRIGGER network_search_words_update AFTER UPDATE ON network REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION th_search_words_added('search_text');
--> statement-breakpoint
CREATE TRIGGER organisation_search_words_insert AFTER INSERT ON organisation REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION th_search_words_added('name || '' '' || description || '' '' || coalesce(place, '''') || '' '' || coalesce(sector, '''')');
--> statement-breakpoint
CREATE TRIGGER organisation_search_words_update AFTER UPDATE ON organisation REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION th_search_words_added('name || '' '' || description || '' '' || coalesce(place, '''') || '' '' || coalesce(sector, '''')');
--> statement-breakpoint
CREATE TRIGGER offer_search_words_insert AFTER INSERT ON offer REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION th_search_words_added('search_text');
--> statement-breakpoint
CREATE TRIGGER offer_search_words_update AFTER UPDATE ON offer REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION th_search_words_added('search_text');
--> statement-breakpoint
CREATE TRIGGER course_search_words_insert AFTER INSERT ON course REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION th_search_words_added('search_text');
--> statement-breakpoint
CREATE TRIGGER course_search_words_update AFTER UPDATE ON course REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION th_search_words_added('search_text');
--> statement-breakpoint
CREATE TRIGGER event_search_words_insert AFTER INSERT ON event REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION th_search_words_added('name || '' '' || description');
--> statement-breakpoint
CREATE TRIGGER event_search_words_update AFTER UPDATE ON event REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION th_search_words_added('name || '' '' || description');
--> statement-breakpoint
CREATE TRIGGER article_search_words_insert AFTER INSERT ON article REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION th_search_words_added('title || '' '' || summary || '' '' || body');
--> statement-breakpoint
CREATE TRIGGER article_search_words_update AFTER UPDATE ON article REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION th_search_words_added('title || '' '' || summary || '' '' || body');
--> statement-breakpoint
CREATE TRIGGER tip_page_search_words_insert AFTER INSERT ON tip_page REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION th_search_words_added('title || '' '' || summary || '' '' || body');
--> statement-breakpoint
CREATE TRIGGER tip_page_search_words_update AFTER UPDATE ON tip_page REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION th_search_words_added('title || '' '' || summary || '' '' || body');
--> statement-breakpoint
INSERT INTO search_word (word)
  SELECT DISTINCT w FROM (
    SELECT th_search_words(search_text) AS w FROM network
    UNION ALL SELECT th_search_words(name || ' ' || description || ' ' || coalesce(place, '') || ' ' || coalesce(sector, '')) FROM organisation
    UNION ALL SELECT th_search_words(search_text) FROM offer
    UNION ALL SELECT th_search_words(search_text) FROM course
    UNION ALL SELECT th_search_words(name || ' ' || description) FROM event
    UNION ALL SELECT th_search_words(title || ' ' || summary || ' ' || body) FROM article
    UNION ALL SELECT th_search_words(title || ' ' || summary || ' ' || body) FROM tip_page
  ) words
  ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- Titles by full text: a search ranks a bounded set of candidates (ADR 023), and the things whose
-- title has the query's words are the ones that belong in it. Same expression as the queries use.
CREATE INDEX IF NOT EXISTS "network_name_fts" ON "network" USING gin (to_tsvector('dutch', th_unaccent("name")));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "organisation_name_fts" ON "organisation" USING gin (to_tsvector('dutch', th_unaccent("name")));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "offer_title_fts" ON "offer" USING gin (to_tsvector('dutch', th_unaccent("title")));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "course_title_fts" ON "course" USING gin (to_tsvector('dutch', th_unaccent("title")));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "event_name_fts" ON "event" USING gin (to_tsvector('dutch', th_unaccent("name")));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "article_title_fts" ON "article" USING gin (to_tsvector('dutch', th_unaccent("title")));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "tip_page_title_fts" ON "tip_page" USING gin (to_tsvector('dutch', th_unaccent("title")));
