import { sql, type SQL } from "drizzle-orm";
import type { SearchKind } from "../../../domain/search/query.ts";
import { activeNetwork, ofActiveNetwork, ofNoOrActiveNetwork } from "../../common/active-network.server.ts";

/**
 * What the search reads of each kind of thing. `doc` is the text a thing is found by; the
 * indexes are built on exactly `to_tsvector('dutch', th_unaccent(doc))` (network, offer and
 * course in their schema files, the others in the migration search_indexes) and on the title by
 * full text (migration search_words), because the planner uses an expression index only for the
 * identical expression; the title's trigrams are indexed on its folded column (`folded`). The
 * triggers of search_words name the same `doc` texts to keep the known words. `visible` is the
 * rule the kind's own public list applies, what moderation hid left out as every list leaves it
 * out: only what a visitor may see is ever found, and no word of anything else reaches a suggestion.
 */
export type KindSpec = {
  kind: SearchKind;
  table: SQL;
  key: SQL;
  /** The things with these keys (a `text[]` parameter), through the key's unique index. */
  keyIn: (keys: SQL) => SQL;
  title: SQL;
  /**
   * The title folded as the trigram side compares it (`th_unaccent(lower(title))`) and the number of
   * its distinct trigrams: columns the database generates (migration search_folded_titles), with the
   * trigram and count indexes on them. Reading a column instead of folding the title again saves
   * each title the trigram index hands over th_unaccent, a fifth of its recheck in WebAssembly
   * (ADR 023).
   */
  folded: SQL;
  trigrams: SQL;
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
    folded: sql`network.name_folded`,
    trigrams: sql`network.name_trigrams`,
    text: sql`(network.summary || ' ' || network.description)`,
    doc: sql`network.search_text`,
    // As the directory: every network in use, an archived one left out (its page is "not found").
    visible: () => activeNetwork(),
  },
  {
    kind: "organisation",
    table: sql`organisation`,
    key: sql`organisation.slug`,
    keyIn: (keys) => sql`organisation.slug = any(${keys}::text[])`,
    title: sql`organisation.name`,
    folded: sql`organisation.name_folded`,
    trigrams: sql`organisation.name_trigrams`,
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
    folded: sql`offer.title_folded`,
    trigrams: sql`offer.title_trigrams`,
    text: sql`offer.description`,
    doc: sql`offer.search_text`,
    visible: () => sql`offer.status = 'published' and offer.hidden_at is null`,
  },
  {
    kind: "course",
    table: sql`course`,
    key: sql`course.slug`,
    keyIn: (keys) => sql`course.slug = any(${keys}::text[])`,
    title: sql`course.title`,
    folded: sql`course.title_folded`,
    trigrams: sql`course.title_trigrams`,
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
    folded: sql`event.name_folded`,
    trigrams: sql`event.name_trigrams`,
    text: sql`event.description`,
    doc: sql`(event.name || ' ' || event.description)`,
    // As /evenementen: an archived network's events are not found; a platform event (no network) is.
    visible: () => sql`event.status <> 'draft' and ${ofNoOrActiveNetwork(sql`event.network_id`)}`,
  },
  {
    kind: "article",
    table: sql`article`,
    key: sql`article.slug`,
    keyIn: (keys) => sql`article.slug = any(${keys}::text[])`,
    title: sql`article.title`,
    folded: sql`article.title_folded`,
    trigrams: sql`article.title_trigrams`,
    text: sql`(article.summary || ' ' || article.body)`,
    doc: sql`(article.title || ' ' || article.summary || ' ' || article.body)`,
    // As the news of all networks: an archived network's articles are not found (ADR 019).
    visible: (now) =>
      sql`article.status = 'published' and article.published_at is not null and article.published_at <= ${now.toISOString()}::timestamptz and article.hidden_at is null and ${ofActiveNetwork(sql`article.network_id`)}`,
  },
  {
    kind: "tip",
    table: sql`tip_page`,
    key: sql`tip_page.slug`,
    keyIn: (keys) => sql`tip_page.slug = any(${keys}::text[])`,
    title: sql`tip_page.title`,
    folded: sql`tip_page.title_folded`,
    trigrams: sql`tip_page.title_trigrams`,
    text: sql`(tip_page.summary || ' ' || tip_page.body)`,
    doc: sql`(tip_page.title || ' ' || tip_page.summary || ' ' || tip_page.body)`,
    // Tips are public pages, platform-wide or of a network, unless hidden by moderation or their
    // network is archived (as /tips).
    visible: () => sql`tip_page.hidden_at is null and ${ofNoOrActiveNetwork(sql`tip_page.network_id`)}`,
  },
];

export const vector = (doc: SQL) => sql`to_tsvector('dutch', th_unaccent(${doc}))`;
