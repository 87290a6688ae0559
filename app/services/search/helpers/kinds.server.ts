import { sql, type SQL } from "drizzle-orm";
import type { SearchKind } from "../../../domain/search/query.ts";

/**
 * What the search reads of each kind of thing. `doc` is the text a thing is found by; the
 * indexes are built on exactly `to_tsvector('dutch', th_unaccent(doc))` (network, offer and
 * course in their schema files, the others in the migration search_indexes), on the title by
 * full text and by trigrams (migrations search_indexes and search_words), because the planner
 * uses an expression index only for the identical expression. The triggers of search_words
 * name the same `doc` texts to keep the known words. `visible` is the rule the kind's own public
 * list applies: only what a visitor may see is ever found, and no word of anything else reaches
 * a suggestion.
 */
export type KindSpec = {
  kind: SearchKind;
  table: SQL;
  key: SQL;
  /** The things with these keys (a `text[]` parameter), through the key's unique index. */
  keyIn: (keys: SQL) => SQL;
  title: SQL;
  text: SQL;
  doc: SQL;
  visible: (now: Date) => SQL;
};

export const KIND_SPECS: readonly KindSpec[] = [
  {
    kind: "network",
    table: sql`network`,
    key: sql`network.slug`,
    keyIn: (keys) => sql`network.slug = any(${keys}::text[])`,
    title: sql`network.name`,
    text: sql`(network.summary || ' ' || network.description)`,
    doc: sql`network.search_text`,
    // The directory lists every network.
    visible: () => sql`true`,
  },
  {
    kind: "organisation",
    table: sql`organisation`,
    key: sql`organisation.slug`,
    keyIn: (keys) => sql`organisation.slug = any(${keys}::text[])`,
    title: sql`organisation.name`,
    text: sql`organisation.description`,
    doc: sql`(organisation.name || ' ' || organisation.description || ' ' || coalesce(organisation.place, '') || ' ' || coalesce(organisation.sector, ''))`,
    visible: () => sql`true`,
  },
  {
    kind: "offer",
    table: sql`offer`,
    key: sql`offer.id::text`,
    keyIn: (keys) => sql`offer.id = any(${keys}::uuid[])`,
    title: sql`offer.title`,
    text: sql`offer.description`,
    doc: sql`offer.search_text`,
    visible: () => sql`offer.status = 'published'`,
  },
  {
    kind: "course",
    table: sql`course`,
    key: sql`course.slug`,
    keyIn: (keys) => sql`course.slug = any(${keys}::text[])`,
    title: sql`course.title`,
    text: sql`(course.summary || ' ' || course.description)`,
    doc: sql`course.search_text`,
    visible: () => sql`course.status = 'published'`,
  },
  {
    kind: "event",
    table: sql`event`,
    key: sql`event.slug`,
    keyIn: (keys) => sql`event.slug = any(${keys}::text[])`,
    title: sql`event.name`,
    text: sql`event.description`,
    doc: sql`(event.name || ' ' || event.description)`,
    visible: () => sql`event.status <> 'draft'`,
  },
  {
    kind: "article",
    table: sql`article`,
    key: sql`article.slug`,
    keyIn: (keys) => sql`article.slug = any(${keys}::text[])`,
    title: sql`article.title`,
    text: sql`(article.summary || ' ' || article.body)`,
    doc: sql`(article.title || ' ' || article.summary || ' ' || article.body)`,
    visible: (now) => sql`article.status = 'published' and article.published_at is not null and article.published_at <= ${now.toISOString()}::timestamptz`,
  },
  {
    kind: "tip",
    table: sql`tip_page`,
    key: sql`tip_page.slug`,
    keyIn: (keys) => sql`tip_page.slug = any(${keys}::text[])`,
    title: sql`tip_page.title`,
    text: sql`(tip_page.summary || ' ' || tip_page.body)`,
    doc: sql`(tip_page.title || ' ' || tip_page.summary || ' ' || tip_page.body)`,
    // Tips are public pages, platform-wide or of a network.
    visible: () => sql`true`,
  },
];

export const vector = (doc: SQL) => sql`to_tsvector('dutch', th_unaccent(${doc}))`;
