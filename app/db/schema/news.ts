import { sql } from "drizzle-orm";
import { date, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth.ts";
import { network } from "./networks.ts";

/** A news article of a network. The body is Markdown; it is sanitised when rendered. */
export const article = pgTable(
  "article",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    networkId: uuid("network_id")
      .notNull()
      .references(() => network.id, { onDelete: "cascade" }),
    slug: text("slug").notNull().unique(),
    /**
     * The database also keeps `title_folded` (th_unaccent(lower(title))) and `title_trigrams` (its number of
     * distinct trigrams), generated columns with the search's trigram indexes (migration
     * search_folded_titles, ADR 023). Not declared here: rows, loader data and audit entries do not
     * carry them, and no write can set them.
     */
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    body: text("body").notNull().default(""),
    imageUrl: text("image_url"),
    imageAlt: text("image_alt"),
    status: text("status", { enum: ["draft", "published"] }).notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
    /** Hidden by a platform administrator (moderation): shown to administrators only. */
    hiddenAt: timestamp("hidden_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("article_network_published_idx").on(t.networkId, t.status, t.publishedAt),
    // The news page of all networks, newest first, a page at a time (ADR 019).
    index("article_public_idx").on(t.publishedAt, t.id).where(sql`${t.status} = 'published' and ${t.hiddenAt} is null`),
    // What an administrator hid: /beheer's count and the moderation list, newest change first (migration 0037).
    index("article_hidden_idx").on(t.updatedAt.desc().nullsFirst()).where(sql`${t.hiddenAt} is not null`),
  ],
);

/**
 * One row per reader per article per day: the reader is a salted hash of
 * address, user agent and day, so the count is "rows" and nothing raw is kept.
 */
export const articleViewDaily = pgTable(
  "article_view_daily",
  {
    articleId: uuid("article_id")
      .notNull()
      .references(() => article.id, { onDelete: "cascade" }),
    day: date("day").notNull(),
    visitorHash: text("visitor_hash").notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.day, t.visitorHash] }), index("article_view_daily_day_idx").on(t.day)],
);

/** The salt of one day; deleted the day after, so yesterday's hashes can no longer be recomputed. */
export const viewSalt = pgTable("view_salt", {
  day: date("day").primaryKey(),
  salt: text("salt").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
