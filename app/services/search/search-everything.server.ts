// Relative imports (not "~/"): bench/search.ts runs this module under plain Node.
import { sql, type SQL } from "drizzle-orm";
import type { Actor, AppServices } from "../../context.ts";
import { queryRows, type Db } from "../../db/client.server.ts";
import { expandQuery, isSynonymWord, queryWords } from "../../domain/search/expand.ts";
import { resultHref, SEARCH_KINDS, snippet, type SearchInput, type SearchKind } from "../../domain/search/query.ts";
import { textArray } from "../common/sql-array.server.ts";
import { textQuery, tsQueryOf } from "../common/text-query.server.ts";
import { KIND_SPECS, vector, type KindSpec } from "./helpers/kinds.server.ts";

/** Results shown per kind on the overview; the kind's own tab shows up to PER_KIND_LIMIT. */
export const OVERVIEW_PER_KIND = 5;
export const PER_KIND_LIMIT = 50;
/** Fewer results than this and the page offers "Bedoelde u …?" (when a better query exists). */
export const SUGGEST_BELOW = 5;
/**
 * pg_trgm word_similarity (`<%`) for a query word against a known word (search_word): as in the
 * network directory (ADR 007), 0.7 keeps typos ("techologieroute", "girlsdag") and drops words
 * that merely share a prefix.
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
/** `more`: there are more than `total` (COUNT_CAP), which is as far as a kind is counted. */
export type SearchGroup = { kind: SearchKind; total: number; more: boolean; hits: SearchHit[] };
export type SearchOutcome = {
  q: string;
  kind: SearchKind | null;
  total: number;
  /** Some kind has more than its count says (COUNT_CAP): the total is "more than". */
  more: boolean;
  /** Every kind, in a fixed order, with its count (0 included, for the kind filter). */
  counts: { kind: SearchKind; total: number; more: boolean }[];
  /** Only kinds with results (and only the chosen kind when one is chosen). */
  groups: SearchGroup[];
  suggestion: string | null;
};

/** A kind's count stops here: "meer dan 1.000" says enough, and counting 40,000 offers does not. */
export const COUNT_CAP = 1000;
/**
 * The most things of a kind read per way of matching (text, title by full text, title as a
 * whole) to rank. Ranking reads each candidate's title; bounding the candidates keeps a common
 * word ("techniek", 40,000 offers) as cheap as a rare one.
 */
export const CANDIDATES = 200;

type Match = { tsq: SQL | null; readings: readonly string[] };

const titleVector = (spec: KindSpec) => sql`to_tsvector('dutch', th_unaccent(${spec.title}))`;
const folded = (text: string) => sql`th_unaccent(lower(${text}::text))`;

/**
 * How a kind's title is matched as a whole by trigram similarity, if at all: not (`false`), by one
 * scan for any reading (`"any"`), by one scan per reading (`"each"`), or as the keys that way
 * found earlier in the same search (all of them; see countKinds).
 */
type Similarity = false | "any" | "each" | readonly string[];

/**
 * The ways a thing of a kind matches, each a question one index answers: its text by full text
 * (stemming, synonyms, typos corrected to known words: services/common/text-query), its title by
 * full text, and its title as a whole by trigram similarity ("Kirmko" → Kiremko, `%`), as
 * `similarity` says. Each is bounded by `limit`; their union is the candidates to rank, or with
 * COUNT_CAP + 1 the capped count. The full-text scans sit behind `offset 0` so the visibility
 * rule is checked on their rows rather than offered to the planner as an index of its own.
 */
function matchingWays(spec: KindSpec, match: Match, now: Date, limit: number, similarity: Similarity, columns: SQL, withTitles: boolean): { text: SQL[]; similar: SQL[] } {
  const visible = (condition: SQL) =>
    sql`(select ${columns} from (select * from ${spec.table} where ${condition} offset 0) as ${spec.table} where ${spec.visible(now)} limit ${limit})`;
  const text: SQL[] = [];
  if (match.tsq) {
    text.push(visible(sql`${vector(spec.doc)} @@ ${match.tsq}`));
    if (withTitles) text.push(visible(sql`${titleVector(spec)} @@ ${match.tsq}`));
  }
  if (similarity === false) return { text, similar: [] };
  if (typeof similarity !== "string") return { text, similar: similarity.length > 0 ? [visible(spec.keyIn(sql`${textArray(similarity)}`))] : [] };
  const title = spec.folded;
  // Similarity t (NAME_SIMILARITY_THRESHOLD, set for this transaction) is shared / (|title| +
  // |query| − shared) over distinct trigrams, so a match has at most |query| / t of them: the
  // count's index (spec.trigrams, migration search_folded_titles) leaves out the long titles the
  // trigram index would otherwise hand over to be rechecked one by one, without losing a match
  // (ADR 023). The bound comes first in each condition: where the planner reads the trigram
  // index alone (a long query's bound excludes too few titles to combine the two indexes), the
  // heap rows are filtered in the order written, and a stored integer compared costs nothing
  // beside `%` building both sides' trigrams ("gastles utrecht": 5,894 of 12,643 offer titles the
  // index hands over on the national data are within the bound).
  const bound = (r: string) => sql`floor(cardinality(show_trgm(${folded(r)})) / ${NAME_SIMILARITY_THRESHOLD}::numeric)::int`;
  // Each reading goes in as a scalar subquery (an InitPlan's parameter at run time, still an
  // index condition): given a constant, pg_trgm's estimator computes `%` against the index's
  // ~200 statistics values while planning, ~1.9 ms per clause on PGlite, and a query with three
  // readings names 21 of them per statement. The rows are the same; only when a way finds more
  // than `limit` can the plan decide which come first, as it could before.
  const similarTo = (r: string) => sql`(select ${folded(r)}) % ${title}`;
  if (similarity === "each") {
    // A scan per reading rechecks each title the index hands over against that reading only. One
    // scan for all readings rechecks it against every reading, and for a query of several words
    // most titles it hands over share one common word ("utrecht") with every reading: "gastles
    // utrecht" rechecked ~950 offer titles three times each, against ~1,100 once this way. When
    // all of them are read (the count, and the ranking's keys of countKinds) the union is the
    // same rows.
    return { text, similar: match.readings.map((r) => visible(sql`(${spec.trigrams} <= ${bound(r)} and ${similarTo(r)})`)) };
  }
  // The bound of the longest reading holds for every reading, so it is one condition, and each
  // title the index hands over has `%` computed once per reading (the recheck), not again in a
  // filter.
  const any = sql.join(match.readings.map(similarTo), sql` or `);
  return { text, similar: [visible(sql`(${spec.trigrams} <= greatest(${sql.join(match.readings.map(bound), sql`, `)}) and (${any}))`)] };
}

/** The similarity way's keys per kind that asks it: all of them when it found at most CANDIDATES, else null. */
type Similar = Map<SearchKind, string[] | null>;
/** The full-text keys of each kind that full text finds fewer than CANDIDATES of: all of them. */
type Known = Map<SearchKind, string[]>;

/**
 * Each kind's count, up to COUNT_CAP + 1. Whole-title similarity is counted only for a kind that
 * full text finds little of: it is there for a short name with a typo, and for a common word
 * ("techniek": 22,000 offer titles share its trigrams) rechecking every title costs most of a second.
 * That count also returns the similarity way's own keys when they are few enough to be every
 * candidate the ranking would read of it: the ranking then reads them by key. For a query of
 * several words ("gastles utrecht") the trigram index hands over every title with one of its
 * common words, ~1,000 offers each rechecked once per reading, and that was done twice (ADR 023).
 * Likewise the full-text keys of a kind with fewer than CANDIDATES are all there are (its ways read
 * up to COUNT_CAP + 1), so the second count and the ranking take them from the first count instead
 * of asking the full-text indexes again.
 */
async function countKinds(db: Db, match: Match, now: Date): Promise<{ totals: Map<SearchKind, number>; similar: Similar; known: Known }> {
  const totals = new Map<SearchKind, number>();
  const known: Known = new Map();
  if (match.tsq) {
    const rows = await queryRows<{ kind: SearchKind; total: number; keys: string[] | null }>(
      db,
      sql.join(
        KIND_SPECS.map((spec) => {
          const ways = matchingWays(spec, match, now, COUNT_CAP + 1, false, sql`${spec.key} as key`, false);
          return sql`select ${spec.kind}::text as kind, count(*)::int as total,
              case when count(*) < ${CANDIDATES} then coalesce(json_agg(key), '[]') end as keys
            from (${sql.join(ways.text, sql` union `)}) m`;
        }),
        sql` union all `,
      ),
    );
    for (const r of rows) {
      totals.set(r.kind, Number(r.total));
      if (r.keys) known.set(r.kind, r.keys);
    }
  }
  const again = KIND_SPECS.filter((spec) => (totals.get(spec.kind) ?? 0) < CANDIDATES);
  const similar: Similar = new Map();
  if (again.length === 0) return { totals, similar, known };
  // The union of the ways is counted as the distinct keys of all their rows; the similarity
  // ways' rows are marked, to count and return them on their own. Each of those ways reads up
  // to COUNT_CAP + 1, so at most CANDIDATES distinct keys are all there are.
  const rows = await queryRows<{ kind: SearchKind; total: number; keys: string[] | null }>(
    db,
    sql.join(
      again.map((spec) => {
        const ways = matchingWays(spec, match, now, COUNT_CAP + 1, "each", sql`${spec.key} as key`, false);
        const text = known.get(spec.kind) ?? [];
        const all = [...(text.length > 0 ? [sql`select key, false as s from unnest(${textArray(text)}::text[]) as key`] : []), ...ways.similar.map((way) => sql`select key, true as s from ${way} w`)];
        return sql`select ${spec.kind}::text as kind, count(distinct key)::int as total,
            case when count(distinct key) filter (where s) <= ${CANDIDATES} then coalesce(json_agg(distinct key) filter (where s), '[]') end as keys
          from (${sql.join(all, sql` union all `)}) m`;
      }),
      sql` union all `,
    ),
  );
  for (const r of rows) {
    totals.set(r.kind, Number(r.total));
    similar.set(r.kind, r.keys);
  }
  return { totals, similar, known };
}

type Row = { kind: SearchKind; key: string; title: string; text: string };

/**
 * th_unaccent's own body (migration 0000). th_unaccent is an SQL function declared IMMUTABLE over
 * the STABLE unaccent(), so PostgreSQL cannot inline it and calls it as a function of its own
 * each time; the indexes need that wrapper, the ranking's text vector (no index) does not.
 */
const unaccented = (text: SQL) => sql`public.unaccent('public.unaccent'::regdictionary, ${text})`;

/**
 * The best candidates of each kind shown: a thing whose title is the query (give or take a typo)
 * first, then by how close the title is and how well it matches by full text; within that by
 * title. Only titles are read to rank: ranking by the whole text meant building a text vector for
 * every match. Each candidate's folded title is the stored column (`spec.folded`), not folded
 * again: on PGlite, in WebAssembly, the ranking of a few hundred candidates per kind is most of a
 * search's time (ADR 027).
 */
async function findHits(db: Db, match: Match, kinds: readonly SearchKind[], similar: Similar, known: Known, perKind: number, now: Date): Promise<Row[]> {
  const first = folded(match.readings[0] ?? "");
  const branches = KIND_SPECS.filter((spec) => kinds.includes(spec.kind)).flatMap((spec) => {
    const score = sql`(case when c.folded = ${first} then 3 else 0 end
      + 2 * similarity(c.folded, ${first})
      ${match.tsq ? sql`+ ts_rank(to_tsvector('dutch', ${unaccented(sql`c.title`)}), ${match.tsq})` : sql``})`;
    const columns = sql`${spec.key} as key, ${spec.title} as title, ${spec.folded} as folded, ${spec.text} as text`;
    // The similarity way's keys when countKinds has all of them; else its first CANDIDATES by
    // one scan, as before (with more than that, which come first is the plan's to say).
    const similarity: Similarity = similar.has(spec.kind) ? (similar.get(spec.kind) ?? "any") : false;
    const text = known.get(spec.kind);
    let all: SQL[];
    if (text) {
      // Every full-text match of the kind, from countKinds: by the text's index, and so by the
      // title's too, since every kind's text begins with its title (KIND_SPECS' `doc`; the count,
      // which reads the text alone, already counts a title match as a text match). With the
      // similarity way's keys as well, the kind's candidates are one read by key.
      const ways = matchingWays(spec, { ...match, tsq: null }, now, CANDIDATES, typeof similarity === "string" ? similarity : false, columns, false);
      const keys = [...new Set([...text, ...(typeof similarity === "object" && similarity ? similarity : [])])];
      all = [...(keys.length > 0 ? [sql`(select ${columns} from ${spec.table} where ${spec.keyIn(sql`${textArray(keys)}`)} and ${spec.visible(now)})`] : []), ...ways.similar];
    } else {
      const ways = matchingWays(spec, match, now, CANDIDATES, similarity, columns, true);
      all = [...ways.text, ...ways.similar];
    }
    // A kind's tab asked of a misspelt word that no title is similar to: nothing to read.
    if (all.length === 0) return [];
    return [
      sql`(select ${spec.kind}::text as kind, c.key, c.title, c.text
      from (${sql.join(all, sql` union `)}) c
      order by ${score} desc, c.title, c.key limit ${perKind})`,
    ];
  });
  if (branches.length === 0) return [];
  return queryRows<Row>(db, sql.join(branches, sql` union all `));
}

/**
 * "Bedoelde u …?": each query word that no search text has is replaced by the closest known word
 * (search_word, trigram similarity) that a thing a visitor may see has, unless that word merely
 * contains it (a compound such as "basiscursus" is no correction of "cursus"). The known words
 * include those of drafts and hidden things, so the closest few are checked by full text against
 * what is visible: no word of anything else reaches a suggestion.
 */
async function suggest(db: Db, q: string, now: Date): Promise<string | null> {
  const words = queryWords(q, 6);
  if (words.length === 0) return null;
  const used = KIND_SPECS.map((spec) => sql`exists (select 1 from ${spec.table} where ${spec.visible(now)} and ${vector(spec.doc)} @@ plainto_tsquery('dutch', close.word))`);
  const rows = await queryRows<{ word: string; known: boolean; suggestion: string | null }>(
    db,
    sql`select q.word,
               exists (select 1 from search_word where word = q.word) as known,
               (select close.word from (
                  select word, similarity(word, q.word) as s from search_word
                  where word % q.word and strpos(word, q.word) = 0
                  order by s desc, word limit 8) close
                where ${sql.join(used, sql` or `)}
                order by close.s desc, close.word limit 1) as suggestion
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

function group(rows: Row[], totals: Map<SearchKind, number>, kind: SearchKind | null, words: readonly string[]) {
  const hits = new Map<SearchKind, SearchHit[]>();
  for (const r of rows) {
    const list = hits.get(r.kind) ?? [];
    list.push({ kind: r.kind, key: r.key, title: r.title, snippet: snippet(r.text, words), href: resultHref(r.kind, r.key) });
    hits.set(r.kind, list);
  }
  const counts = SEARCH_KINDS.map((k) => ({ kind: k, total: Math.min(totals.get(k) ?? 0, COUNT_CAP), more: (totals.get(k) ?? 0) > COUNT_CAP }));
  const groups = SEARCH_KINDS.filter((k) => (kind ? k === kind : true) && (totals.get(k) ?? 0) > 0).map((k) => {
    const count = counts.find((c) => c.kind === k)!;
    return { kind: k, total: count.total, more: count.more, hits: hits.get(k) ?? [] };
  });
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
  const nothing: SearchOutcome = { q, kind, total: 0, more: false, counts: SEARCH_KINDS.map((k) => ({ kind: k, total: 0, more: false })), groups: [], suggestion: null };
  // Punctuation only ("!!!", "-") leaves no word to find anything by.
  if (!q || expandQuery(q).length === 0) return nothing;
  const now = services.clock.now();
  return services.db.transaction(async (tx) => {
    // Local to this transaction: the trigram operators compare against these. A search reads a
    // few hundred rows at most; starting parallel workers for it costs more than it saves. Every
    // match is found through an index; the planner, pricing a GIN recheck as rebuilding the text
    // vector, would otherwise read a table from the start and build a vector for each row until
    // it has enough (100 ms for 1,000 offers, against 5–40 ms by the index).
    await tx.execute(
      sql`select set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true),
                 set_config('pg_trgm.similarity_threshold', ${String(NAME_SIMILARITY_THRESHOLD)}, true),
                 set_config('max_parallel_workers_per_gather', '0', true),
                 set_config('enable_seqscan', 'off', true)`,
    );
    const text = await textQuery(tx, q);
    const match: Match = { tsq: text ? tsQueryOf(text) : null, readings: expandQuery(q) };
    const { totals, similar, known } = await countKinds(tx, match, now);
    // The overview shows a few of every kind found; a kind's own tab, more of that kind only.
    const shown = kind ? [kind] : SEARCH_KINDS.filter((k) => (totals.get(k) ?? 0) > 0);
    const rows = await findHits(tx, match, shown, similar, known, kind ? PER_KIND_LIMIT : OVERVIEW_PER_KIND, now);
    const { counts, groups } = group(rows, totals, kind, queryWords(match.readings.join(" "), 12));
    const total = counts.reduce((sum, c) => sum + c.total, 0);
    const more = counts.some((c) => c.more);
    let suggestion: string | null = null;
    if (total < SUGGEST_BELOW) {
      await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(SUGGESTION_SIMILARITY)}, true)`);
      // Only words of visible things are proposed, so it finds at least those: no second search to prove it.
      suggestion = await suggest(tx, q, now);
    }
    return { q, kind, total, more, counts, groups, suggestion };
  });
}
