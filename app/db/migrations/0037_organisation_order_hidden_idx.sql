-- What an administrator hid is a handful among 100,000 offers and 10,000 articles: /beheer's count
-- of hidden content and the moderation list of hidden items (newest change first) read these
-- partial indexes instead of every row (offers: a 60 ms sequential scan on the national copy).
-- Tips are a few dozen at most and need none. DESC NULLS FIRST is what `order by updated_at desc`
-- means; an index NULLS LAST would still be sorted after. ADR 024.
CREATE INDEX "article_hidden_idx" ON "article" USING btree ("updated_at" DESC NULLS FIRST) WHERE "article"."hidden_at" is not null;--> statement-breakpoint
CREATE INDEX "offer_hidden_idx" ON "offer" USING btree ("updated_at" DESC NULLS FIRST) WHERE "offer"."hidden_at" is not null;--> statement-breakpoint
-- Hand-written (drizzle's index builder has no INCLUDE, so these are not declared in the schema, as
-- the folded-name indexes of 0035 are not): /organisaties lists 26,000 organisations by
-- `lower(name), slug`, optionally of one kind or in one province. Without an index in that order
-- every page read and sorted all of them (a deep page spilled the sort to disk: 70-115 ms). Each
-- index carries the columns the list shows, so a page, however deep, is an index-only scan of the
-- entries before it, and the count of a kind or province is one too. ADR 019.
CREATE INDEX "organisation_name_order_idx" ON "organisation" USING btree (lower("name"), "slug") INCLUDE ("name", "kind", "place", "province");--> statement-breakpoint
CREATE INDEX "organisation_kind_name_idx" ON "organisation" USING btree ("kind", lower("name"), "slug") INCLUDE ("name", "place", "province");--> statement-breakpoint
CREATE INDEX "organisation_province_name_idx" ON "organisation" USING btree ("province", lower("name"), "slug") INCLUDE ("name", "kind", "place");
