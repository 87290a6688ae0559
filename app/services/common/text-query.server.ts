// Relative imports (not "~/"): bench/search.ts runs the search under plain Node.
import { sql, type SQL } from "drizzle-orm";
import { queryRows, type Db } from "../../db/client.server.ts";
import { expandQuery, matchSegments } from "../../domain/search/expand.ts";

/**
 * At most this many known words stand in for one query word, the closest first. "techniek" is
 * close to every compound that contains it; a few dozen keep the query small enough for the
 * full-text index to answer in a few milliseconds.
 */
export const KNOWN_WORDS_PER_WORD = 24;

const websearch = (text: string) => sql`websearch_to_tsquery('dutch', th_unaccent(${text}::text))`;

/**
 * The known words (search_word) a query word is close to by trigram word similarity (`<%`, with
 * the threshold the caller's transaction sets), as one full-text query that ORs them; the word's
 * own query when none is close. Folded words are letters and digits only (th_search_words), so
 * joining them with " | " is a valid to_tsquery text.
 */
function closeKnownWords(word: string): SQL {
  // Only the trigram index should answer this: with `enable_seqscan` off (the searches set it)
  // the planner, pricing word_similarity like any operator, would rather read the primary key's
  // index from end to end (index-only) and compare all ~1,500 words: 10–30 ms a word on PGlite,
  // in WebAssembly, against well under 1 ms by the trigram index. `ctid` in the order is a no-op
  // (the word is the key) that rules out an index-only scan. The word goes in as a scalar
  // subquery, so pg_trgm's estimator does not compute `<%` over the statistics while planning.
  return sql`coalesce((select to_tsquery('dutch', string_agg(known.word, ' | '))
    from (select word from search_word where (select ${word}::text) <% word
          order by word_similarity(${word}::text, word) desc, word, ctid limit ${KNOWN_WORDS_PER_WORD}) known), ${websearch(word)})`;
}

/**
 * A search query as one full-text query (its text form, to pass back as `::tsquery`), or null
 * when nothing in it is a word full text can use. It matches what the query or a synonym reading
 * of it matches (Dutch stemming), and what has every word of the query — each word or one of its
 * synonyms, or a known word close to it by trigrams (typos, inflections the stemmer does not
 * join: "metaalbedrijf" → "metaalbedrijven"). So every way a text can match is a question that a
 * GIN full-text index answers; before (ADR 023) typos were found by comparing each query word
 * with every document's trigrams, which at national size was the whole cost of a search.
 */
export async function textQuery(db: Db, q: string): Promise<string | null> {
  const readings = expandQuery(q);
  if (readings.length === 0) return null;
  const parts: SQL[] = readings.map(websearch);
  const segments = matchSegments(q);
  if (segments.length > 0) {
    const each = segments.map((alternatives) => {
      const ways = alternatives.map((a) => (/^[a-z0-9]{3,40}$/.test(a) ? closeKnownWords(a) : websearch(a)));
      return sql`(${sql.join(ways, sql` || `)})`;
    });
    parts.push(sql`(${sql.join(each, sql` && `)})`);
  }
  const [row] = await queryRows<{ q: string | null }>(db, sql`select (${sql.join(parts, sql` || `)})::text as q`);
  return row?.q ? row.q : null;
}

/** The query of textQuery back in SQL. */
export const tsQueryOf = (text: string) => sql`${text}::tsquery`;
