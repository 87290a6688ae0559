import { sql, type SQL } from "drizzle-orm";

/** A search term for ILIKE, its wildcards taken literally. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Every word is in a folded name column (lower-cased, no accents: the `name_folded` columns of
 * migration 0035, with their trigram index): the word is folded the same way, its wildcards
 * taken literally. Words in any capitals or accents find the name.
 */
export function holdsEveryWord(folded: SQL, words: readonly string[]): SQL {
  return sql.join(
    words.map((word) => sql`${folded} like th_unaccent(lower(${likePattern(word)}))`),
    sql` and `,
  );
}
