import { and, arrayOverlaps, asc, count, desc, inArray, sql, type SQL, isNull } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { queryRows, type Db } from "~/db/client.server.ts";
import { network } from "~/db/schema/index.ts";
import { excerpt } from "~/domain/networks/profile.ts";
import { FACETS, PAGE_SIZE, type FacetKey, type NetworkFilters } from "~/domain/networks/search-query.ts";
import { expandQuery } from "~/domain/search/expand.ts";
import { textQuery, tsQueryOf } from "~/services/common/text-query.server.ts";
import { mapLocationRows } from "./helpers/map-locations.server.ts";
import { NETWORK_KINDS, type LocationKind, type NetworkKind } from "~/domain/networks/vocabulary.ts";

/**
 * How close a misspelt or inflected word must be to a known word (search_word,
 * pg_trgm word_similarity, 0..1) to be searched for in its stead. Tuned on the seed texts:
 * "metaalbedrijf"→"metaalbedrijven" scores 0.86 and "techologieroute"→
 * "technologieroute" 0.74, while "technohub" against any text that merely
 * says "techn…" scores 0.6 and unrelated words ("zuivelfabriek") stay
 * under 0.45. So 0.7 keeps the typos and drops the noise.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.7;
/** Whole-name similarity (pg_trgm similarity) for queries that are a network's name, give or take a typo. */
export const NAME_SIMILARITY_THRESHOLD = 0.5;
/**
 * The map and its list show at most this many vestigingen of the networks on the page. They are
 * the page's, not the whole result's: at national size the result's 500 vestigingen were two
 * thirds of the page's 390 KB and most of its rendering (ADR 023).
 */
export const MAX_MAP_LOCATIONS = 500;

export type NetworkCard = {
  slug: string;
  name: string;
  kind: NetworkKind;
  province: string | null;
  summary: string;
  tags: string[];
  economicSector: string | null;
};

export type FacetOption = { value: string; count: number; selected: boolean };

export type MapLocation = {
  id: string;
  name: string;
  kind: LocationKind;
  place: string | null;
  lat: number | null;
  lon: number | null;
  networkSlug: string;
  networkName: string;
};

export type NetworkSearchResult = {
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  networks: NetworkCard[];
  facets: Record<FacetKey, FacetOption[]>;
  locations: MapLocation[];
};

type FacetColumn =
  | { array: false; column: typeof network.province | typeof network.kind | typeof network.cooperationType | typeof network.economicSector }
  | { array: false; column: typeof network.startYear; numeric: true }
  | { array: true; column: typeof network.educationSectors | typeof network.tags | typeof network.focusAreas };

const FACET_COLUMNS: Record<FacetKey, FacetColumn> = {
  province: { array: false, column: network.province },
  kind: { array: false, column: network.kind },
  cooperationType: { array: false, column: network.cooperationType },
  educationSector: { array: true, column: network.educationSectors },
  economicSector: { array: false, column: network.economicSector },
  tag: { array: true, column: network.tags },
  focusArea: { array: true, column: network.focusAreas },
  startYear: { array: false, column: network.startYear, numeric: true },
};

// The exact expressions the indexes are built on (schema/networks.ts, migrations search_indexes and
// search_words), so the planner can use them; the name's trigrams are on its folded column, which
// the database generates (migration search_folded_titles, ADR 023).
const searchVector = sql`to_tsvector('dutch', th_unaccent(${network.searchText}))`;
const nameVector = sql`to_tsvector('dutch', th_unaccent(${network.name}))`;
const nameTrigrams = sql`"network"."name_folded"`;
const eventVector = sql`to_tsvector('dutch', th_unaccent(e.name || ' ' || e.description))`;

const normalised = (text: string) => sql`th_unaccent(lower(${text}::text))`;

/**
 * The networks a query finds, each way a question one index answers (ADR 023): the network's
 * text by Dutch full text — the query, its synonym readings (domain/search/synonyms.ts: girlsdag
 * → Girlsday), and word by word with typos and inflections corrected to known words
 * (services/common/text-query: "metaalbedrijf" → "metaalbedrijven") —, its name as a whole by
 * trigram similarity, or a public event it runs: TechNet Utrecht by "Girlsday", though its
 * profile does not say so (drafts are not public).
 */
function matchedBy(tsq: SQL | null, readings: readonly string[]): SQL {
  const ways: SQL[] = [sql`select id from network where ${sql.join(readings.map((r) => sql`${normalised(r)} % ${nameTrigrams}`), sql` or `)}`];
  if (tsq) {
    ways.push(sql`select id from network where ${searchVector} @@ ${tsq}`);
    ways.push(sql`select e.network_id from event e where e.status <> 'draft' and ${eventVector} @@ ${tsq}`);
  }
  return sql.join(ways, sql` union `);
}

function facetCondition(facet: FacetKey, values: string[]): SQL | undefined {
  if (values.length === 0) return undefined;
  const spec = FACET_COLUMNS[facet];
  if (spec.array) return arrayOverlaps(spec.column, values);
  if ("numeric" in spec) return inArray(spec.column, values.map(Number));
  if (spec.column === network.kind) return inArray(network.kind, values.filter((v): v is NetworkKind => (NETWORK_KINDS as readonly string[]).includes(v)));
  return inArray(spec.column, values);
}

/**
 * Conditions of the search; `except` leaves one facet out, for that facet's own counts. The text
 * is matched once per request (`matched`, the ids in rank order): at national size comparing
 * every network's text by trigrams costs about a second, and the count, the page, each facet and
 * the map each applied it again.
 */
/**
 * The matched ids as one array parameter: a national query matches 600 networks, and a parameter
 * per id in each of the ten statements of a search was bound and planned 6,000 times.
 */
const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(",")}}`}::uuid[]`;

function conditions(filters: NetworkFilters, matched: readonly string[] | null, except?: FacetKey): SQL {
  const parts: (SQL | undefined)[] = [matched ? (matched.length > 0 ? sql`${network.id} = any(${uuidArray(matched)})` : sql`false`) : undefined];
  for (const facet of FACETS) if (facet !== except) parts.push(facetCondition(facet, filters.facets[facet]));
  // An archived network (app/services/admin) is left out of the directory.
  return and(sql`true`, isNull(network.archivedAt), ...parts)!;
}

/** One facet's counts as a subquery: its own values under every condition but its own. */
function facetCountQuery(filters: NetworkFilters, matched: readonly string[] | null, facet: FacetKey): SQL {
  const spec = FACET_COLUMNS[facet];
  const where = conditions(filters, matched, facet);
  return spec.array
    ? sql`(select ${facet}::text as facet, v as value, count(*)::int as count
           from ${network} cross join lateral unnest(${spec.column}) as v
           where ${where}
           group by v)`
    : sql`(select ${facet}::text as facet, ${spec.column}::text as value, count(*)::int as count
           from ${network}
           where ${where} and ${spec.column} is not null
           group by ${spec.column})`;
}

/**
 * Every facet's counts in one statement: eight statements were eight round trips and eight
 * plans per request, a fifth of the directory's time at national size (ADR 023).
 */
async function facetCounts(db: Db, filters: NetworkFilters, matched: readonly string[] | null): Promise<Record<FacetKey, FacetOption[]>> {
  const rows = await queryRows<{ facet: FacetKey; value: string; count: number }>(
    db,
    sql.join(
      FACETS.map((facet) => facetCountQuery(filters, matched, facet)),
      sql` union all `,
    ),
  );
  const facets = {} as Record<FacetKey, FacetOption[]>;
  for (const facet of FACETS) {
    const selected = filters.facets[facet];
    const options = new Map<string, FacetOption>(
      rows.filter((r) => r.facet === facet).map((r) => [r.value, { value: r.value, count: Number(r.count), selected: selected.includes(r.value) }]),
    );
    // A chosen value stays visible (and can be unticked) even when nothing matches it any more.
    for (const value of selected) if (!options.has(value)) options.set(value, { value, count: 0, selected: true });
    facets[facet] = sortFacet(facet, [...options.values()]);
  }
  return facets;
}

function sortFacet(facet: FacetKey, options: FacetOption[]): FacetOption[] {
  if (facet === "startYear") return options.sort((a, b) => Number(b.value) - Number(a.value));
  if (facet === "kind") return options.sort((a, b) => NETWORK_KINDS.indexOf(a.value as NetworkKind) - NETWORK_KINDS.indexOf(b.value as NetworkKind));
  return options.sort((a, b) => a.value.localeCompare(b.value, "nl"));
}

/**
 * The networks the query finds, best first; archived ones are left out. A name that is the query
 * comes first, then by how close the name is and how well it matches by full text, then by name.
 * Only names are read to rank: ranking by the whole text built a text vector for every match,
 * 230 ms for "techniek" at national size, where everything else of the search takes 15 ms.
 */
async function matchingIds(db: Db, q: string): Promise<string[]> {
  const readings = expandQuery(q);
  if (readings.length === 0) return [];
  const text = await textQuery(db, q);
  const tsq = text ? tsQueryOf(text) : null;
  const exactName = sql`(${nameTrigrams} = ${normalised(readings[0]!)})`;
  const rank = tsq ? sql` + ts_rank(${nameVector}, ${tsq})` : sql``;
  const score = sql`(similarity(${normalised(readings[0]!)}, ${nameTrigrams})${rank})`;
  const rows = await db
    .select({ id: network.id })
    .from(network)
    .where(and(isNull(network.archivedAt), sql`${network.id} in (${matchedBy(tsq, readings)})`))
    .orderBy(desc(exactName), desc(score), asc(network.name));
  return rows.map((r) => r.id);
}

/**
 * The directory search: full text with typo tolerance, faceted filters whose
 * counts each apply all the other filters, one page of cards, and the
 * vestigingen of the networks on that page for the map.
 */
export async function searchNetworks(
  services: Pick<AppServices, "db">,
  _actor: Actor,
  // The page shows PAGE_SIZE cards; the API lets its client choose (at most MAX_PAGE_SIZE there).
  filters: NetworkFilters & { pageSize?: number },
): Promise<NetworkSearchResult> {
  const pageSize = filters.pageSize ?? PAGE_SIZE;
  return services.db.transaction(async (tx) => {
    // Local to this transaction: the trigram operators compare against these.
    let matched: string[] | null = null;
    if (filters.q) {
      // Only for the match: each way of matching is found through its index. The planner prices a
      // GIN recheck as rebuilding the text vector, and would rather build a vector for each of the
      // 600 networks (30 ms) than ask the index (under 1 ms). The facets read the whole directory.
      await tx.execute(
        sql`select set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true),
                   set_config('pg_trgm.similarity_threshold', ${String(NAME_SIMILARITY_THRESHOLD)}, true),
                   set_config('enable_seqscan', 'off', true)`,
      );
      matched = await matchingIds(tx, filters.q);
      await tx.execute(sql`select set_config('enable_seqscan', 'on', true)`);
    }
    const where = conditions(filters, matched);

    const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(network).where(where);
    const pageCount = Math.max(1, Math.ceil(total / pageSize));
    const page = Math.min(Math.max(1, filters.page), pageCount);

    // With a query the order is the match's rank, which `matched` holds: its position in that list.
    const order = matched && matched.length > 0 ? [sql`array_position(${uuidArray(matched)}, ${network.id})`] : [asc(network.name)];
    const rows = await tx
      .select({
        id: network.id,
        slug: network.slug,
        name: network.name,
        kind: network.kind,
        province: network.province,
        summary: network.summary,
        description: network.description,
        tags: network.tags,
        economicSector: network.economicSector,
      })
      .from(network)
      .where(where)
      .orderBy(...order)
      .limit(pageSize)
      .offset((page - 1) * pageSize);

    const facets = await facetCounts(tx, filters, matched);

    const locations = await mapLocationRows(tx, rows.length > 0 ? sql`${network.id} = any(${uuidArray(rows.map((r) => r.id))})` : sql`false`, MAX_MAP_LOCATIONS);

    return {
      total,
      page,
      pageCount,
      pageSize,
      networks: rows.map(({ id: _id, description, ...card }) => ({ ...card, summary: card.summary || excerpt(description, 220) })),
      facets,
      locations,
    };
  });
}
