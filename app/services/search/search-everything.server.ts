// Relative imports (not "~/"): bench/search.ts runs this module under plain Node.
import { sql, type SQL } from "drizzle-orm";
import type { Actor, AppServices } from "../../context.ts";
import { queryRows, type Db } from "../../db/client.server.ts";
import { expandQuery, isSynonymWord, matchSegments, queryWords } from "../../domain/search/expand.ts";
import { resultHref, SEARCH_KINDS, snippet, type SearchInput, type SearchKind } from "../../domain/search/query.ts";
import { folded, KIND_SPECS, trigrams, tsQuery, vector, type KindSpec } from "./helpers/kinds.server.ts";

/** Results shown per kind on the overview; the kind's own tab shows up to PER_KIND_LIMIT. */
export const OVERVIEW_PER_KIND = 5;
export const PER_KIND_LIMIT = 50;
/** Fewer results than this and the page offers "Bedoelde u …?" (when a better query exists). */
export const SUGGEST_BELOW = 5;
/**
 * pg_trgm word_similarity (`<%`) for a query word against a text: as in the network directory
 * (ADR 007), 0.7 keeps typos ("techologieroute", "girlsdag") and drops words that merely share
 * a prefix.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.7;
/**
 * pg_trgm similarity (`%`) of a query to a title as a whole: "Kirmko" finds Kiremko (0.5), where
 * a short name leaves too few trigrams for word similarity.
 */
export const NAME_SIMILARITY_THRESHOLD = 0.45;
/**
 * pg_trgm similarity of a misspelt word to a known word, for "Bedoelde u …?": lower than the
 * match threshold, since a word close enough for that is found already.
 */
export const SUGGESTION_SIMILARITY = 0.3;

export type SearchHit = { kind: SearchKind; key: string; title: string; snippet: string; href: string };
export type SearchGroup = { kind: SearchKind; total: number; hits: SearchHit[] };
export type SearchOutcome = {
  q: string;
  kind: SearchKind | null;
  total: number;
  /** Every kind, in a fixed order, with its count (0 included, for the kind filter). */
  counts: { kind: SearchKind; total: number }[];
  /** Only kinds with results (and only the chosen kind when one is chosen). */
  groups: SearchGroup[];
  suggestion: string | null;
};

/**
 * A thing matches when its text matches the query or one of its synonym readings by Dutch full
 * text (stemming), when its title is close to a reading as a whole, or when every word of the
 * query, or one of its synonyms, is in its text give or take a typo (trigram word similarity:
 * typos, inflections the stemmer does not join). Each alternative appears once: PostgreSQL
 * computes an expression again for every condition that names it, and word similarity of a long
 * query against a long text is the cost of a search, so words are compared one by one.
 */
function matchCondition(spec: KindSpec, q: string, readings: readonly string[]): SQL {
  const vec = vector(spec.doc);
  const tri = trigrams(spec.doc);
  const title = sql`th_unaccent(lower(${spec.title}))`;
  const queries = sql.join([tsQuery(q), ...readings.slice(1).map(tsQuery)], sql` || `);
  const parts: SQL[] = [sql`${vec} @@ (${queries})`];
  for (const reading of readings) parts.push(sql`${folded(reading)} % ${title}`);
  const segments = matchSegments(q);
  if (segments.length === 0) {
    parts.push(sql`${folded(readings[0] ?? q)} <% ${tri}`);
  } else {
    const each = segments.map(
      (alternatives) =>
        sql`(${vec} @@ (${sql.join(alternatives.map(tsQuery), sql` || `)}) or ${sql.join(
          alternatives.map((a) => sql`${folded(a)} <% ${tri}`),
          sql` or `,
        )})`,
    );
    parts.push(sql`(${sql.join(each, sql` and `)})`);
  }
  return sql`(${sql.join(parts, sql` or `)})`;
}

function score(spec: KindSpec, q: string, readings: readonly string[]): SQL {
  const first = readings[0] ?? q;
  const queries = sql.join([tsQuery(q), ...readings.slice(1).map(tsQuery)], sql` || `);
  // The title counts most: a thing whose name is the query (give or take a typo) comes first.
  return sql`(case when th_unaccent(lower(${spec.title})) = ${folded(first)} then 3 else 0 end
    + 2 * similarity(th_unaccent(lower(${spec.title})), ${folded(first)})
    + ts_rank(${vector(spec.doc)}, (${queries}))
    + word_similarity(${folded(first)}, ${trigrams(spec.doc)}))`;
}

type Row = { kind: SearchKind; key: string; title: string; text: string; total: number | string };

async function findHits(db: Db, q: string, kind: SearchKind | null, now: Date): Promise<Row[]> {
  const readings = expandQuery(q);
  const branches = KIND_SPECS.map(
    (spec) => sql`select ${spec.kind}::text as kind, ${spec.key} as key, ${spec.title} as title, ${spec.text} as text, ${score(spec, q, readings)} as score
      from ${spec.table} where ${spec.visible(now)} and ${matchCondition(spec, q, readings)}`,
  );
  const limit = kind ? sql`case when kind = ${kind} then ${PER_KIND_LIMIT} else 0 end` : sql`${OVERVIEW_PER_KIND}`;
  return queryRows<Row>(
    db,
    sql`select kind, key, title, text, total from (
          select kind, key, title, text, count(*) over (partition by kind) as total,
                 row_number() over (partition by kind order by score desc, title, key) as n
          from (${sql.join(branches, sql` union all `)}) hits
        ) ranked
        where n <= ${limit} or n = 1
        order by kind, n`,
  );
}

/**
 * "Bedoelde u …?": each query word that no visible title, topic or tag contains is replaced by
 * the closest word that one does, unless that word merely contains it (a compound such as
 * "basiscursus" is no correction of "cursus"). Words come only from what a visitor may see.
 */
async function suggest(db: Db, q: string, now: Date): Promise<string | null> {
  const words = queryWords(q, 6);
  if (words.length === 0) return null;
  const titles = KIND_SPECS.map((spec) => sql`select ${spec.title} as t from ${spec.table} where ${spec.visible(now)}`);
  const rows = await queryRows<{ word: string; known: boolean; suggestion: string | null }>(
    db,
    sql`with vocab as (
          select distinct w from (
            select regexp_split_to_table(th_unaccent(lower(t)), '[^a-z0-9]+') as w
            from (${sql.join(titles, sql` union all `)}
                  union all select name_nl from topic
                  union all select unnest(tags) from network) titles
          ) split where length(w) >= 3
        )
        select q.word,
               exists (select 1 from vocab where w = q.word) as known,
               (select w from vocab where w % q.word and strpos(w, q.word) = 0 order by similarity(w, q.word) desc, w limit 1) as suggestion
        from (values ${sql.join(
          words.map((w, i) => sql`(${w}::text, ${i}::int)`),
          sql`, `,
        )}) as q(word, i)
        order by q.i`,
  );
  let changed = false;
  const replaced = rows.map((r) => {
    if (r.known || isSynonymWord(r.word) || !r.suggestion || r.suggestion === r.word) return r.word;
    changed = true;
    return r.suggestion;
  });
  return changed ? replaced.join(" ") : null;
}

function group(rows: Row[], kind: SearchKind | null, words: readonly string[]) {
  const totals = new Map<SearchKind, number>();
  const hits = new Map<SearchKind, SearchHit[]>();
  for (const r of rows) {
    totals.set(r.kind, Number(r.total));
    const limit = kind ? (r.kind === kind ? PER_KIND_LIMIT : 0) : OVERVIEW_PER_KIND;
    const list = hits.get(r.kind) ?? [];
    // The row kept for a count only (n = 1 of a kind not shown) is not a hit to show.
    if (list.length < limit) list.push({ kind: r.kind, key: r.key, title: r.title, snippet: snippet(r.text, words), href: resultHref(r.kind, r.key) });
    hits.set(r.kind, list);
  }
  const counts = SEARCH_KINDS.map((k) => ({ kind: k, total: totals.get(k) ?? 0 }));
  const groups = SEARCH_KINDS.filter((k) => (kind ? k === kind : true) && (totals.get(k) ?? 0) > 0).map((k) => ({ kind: k, total: totals.get(k)!, hits: hits.get(k) ?? [] }));
  return { counts, groups };
}

/**
 * One search over everything a visitor may see — networks, organisations, offers, courses,
 * events, news and tips — typo-tolerant, with Dutch stemming and the field's synonyms
 * (domain/search/synonyms.ts), grouped by kind with counts. Only public things are found, for
 * everyone: drafts and hidden things stay on their own pages, for the people who may see them.
 */
export async function searchEverything(services: Pick<AppServices, "db" | "clock">, _actor: Actor, input: SearchInput): Promise<SearchOutcome> {
  const { q, kind } = input;
  if (!q) return { q, kind, total: 0, counts: SEARCH_KINDS.map((k) => ({ kind: k, total: 0 })), groups: [], suggestion: null };
  const now = services.clock.now();
  return services.db.transaction(async (tx) => {
    // Local to this transaction: the trigram operators compare against these. A search reads a
    // few hundred rows at most; starting parallel workers for it costs more than it saves.
    await tx.execute(
      sql`select set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true),
                 set_config('pg_trgm.similarity_threshold', ${String(NAME_SIMILARITY_THRESHOLD)}, true),
                 set_config('max_parallel_workers_per_gather', '0', true)`,
    );
    const words = queryWords(expandQuery(q).join(" "), 12);
    const { counts, groups } = group(await findHits(tx, q, kind, now), kind, words);
    const total = counts.reduce((sum, c) => sum + c.total, 0);
    let suggestion: string | null = null;
    if (total < SUGGEST_BELOW) {
      await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(SUGGESTION_SIMILARITY)}, true)`);
      // Its words are words of visible titles, so it finds at least those: no second search to prove it.
      suggestion = await suggest(tx, q, now);
    }
    return { q, kind, total, counts, groups, suggestion };
  });
}
