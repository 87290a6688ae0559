import { sql } from "drizzle-orm";
import { index, pgTable, text } from "drizzle-orm/pg-core";

/**
 * The words that search texts use: each distinct word (folded, letters and digits, three or more)
 * of every network, organisation, offer, course, event, article and tip, kept by triggers on those
 * tables (migration search_words). A misspelt query word is first matched against these by
 * trigrams, then the words it is close to are searched by full text (ADR 023): comparing a word
 * with ~50,000 short words is an index look-up, comparing it with every document was the cost of
 * a search. Words are only ever added: a word that no visible thing uses any more finds nothing
 * by full text, and "Bedoelde u …?" proposes only a word a visible thing has.
 */
export const searchWord = pgTable(
  "search_word",
  {
    word: text("word").primaryKey(),
  },
  (t) => [index("search_word_trgm").using("gin", sql`${t.word} gin_trgm_ops`)],
);
