import { and, arrayOverlaps, asc, count, desc, eq, inArray, isNotNull, sql, type SQL, isNull } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { queryRows, type Db } from "~/db/client.server.ts";
import { network, networkLocation } from "~/db/schema/index.ts";
import { excerpt } from "~/domain/networks/profile.ts";
import { FACETS, PAGE_SIZE, type FacetKey, type NetworkFilters } from "~/domain/networks/search-query.ts";
import { expandQuery, matchSegments } from "~/domain/search/expand.ts";
import { NETWORK_KINDS, type LocationKind, type NetworkKind } from "~/domain/networks/vocabulary.ts";

/**
 * How close a misspelt or inflected word must be to a word in a network's
 * text (pg_trgm word_similarity, 0..1). Tuned on the seed texts:
 * "metaalbedrijf"→"metaalbedrijven" scores 0.86 and "techologieroute"→
 * "technologieroute" 0.74, while "technohub" against any text that merely
 * says "techn…" scores 0.6 and unrelated words ("zuivelfabriek") stay
 * under 0.45. So 0.7 keeps the typos and drops the noise.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.7;
/** Whole-name similarity (pg_trgm similarity) for queries that are a network's name, give or take a typo. */
export const NAME_SIMILARITY_THRESHOLD = 0.5;
/** The map and its list show at most this many vestigingen of the result. */
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

// The exact expressions the indexes in schema/networks.ts are built on, so the planner can use them.
const searchVector = sql`to_tsvector('dutch', th_unaccent(${network.searchText}))`;
const searchTrigrams = sql`th_unaccent(lower(${network.searchText}))`;
const nameTrigrams = sql`th_unaccent(lower(${network.name}))`;

const normalised = (text: string) => sql`th_unaccent(lower(${text}::text))`;
const tsQuery = (text: string) => sql`websearch_to_tsquery('dutch', th_unaccent(${text}::text))`;

/**
 * Dutch full text OR trigram closeness. Stemming alone misses inflections
 * ("metaalbedrijf" vs "metaalbedrijven") and typos; trigrams carry those.
 * A query of several words also matches when each word (or one of its synonyms) matches on its
 * own. Each alternative is named once: PostgreSQL computes an expression again for every
 * condition that names it, and the facet counts run this condition once per facet.
 */
function ownTextMatch(q: string, readings: readonly string[]): SQL {
  const queries = sql.join([tsQuery(q), ...readings.slice(1).map(tsQuery)], sql` || `);
  const parts: SQL[] = [sql`${searchVector} @@ (${queries})`];
  for (const reading of [q, ...readings.slice(1)]) parts.push(sql`${normalised(reading)} <% ${searchTrigrams}`, sql`${normalised(reading)} % ${nameTrigrams}`);
  const segments = matchSegments(q);
  if (segments.length > 1) {
    const each = segments.map(
      (alternatives) =>
        sql`(${searchVector} @@ (${sql.join(alternatives.map(tsQuery), sql` || `)}) OR ${sql.join(
          alternatives.map((a) => sql`${normalised(a)} <% ${searchTrigrams}`),
          sql` OR `,
        )})`,
    );
    parts.push(sql`(${sql.join(each, sql` AND `)})`);
  }
  return sql`(${sql.join(parts, sql` OR `)})`;
}

// The expressions of the event indexes (migration search_indexes): an event's name and description.
const eventVector = sql`to_tsvector('dutch', th_unaccent(e.name || ' ' || e.description))`;
const eventTrigrams = sql`th_unaccent(lower(e.name || ' ' || e.description))`;

/**
 * A network is also found by the public events it runs: TechNet Utrecht by "Girlsday", though
 * its profile does not say so. Drafts do not count, as they are not public. An uncorrelated IN
 * (not EXISTS per network): the events are searched once, through their indexes, and the
 * planner keeps the network ids in a hash.
 */
function eventMatch(readings: readonly string[]): SQL {
  const queries = sql.join(readings.map(tsQuery), sql` || `);
  const close = readings.map((r) => sql`${normalised(r)} <% ${eventTrigrams}`);
  return sql`${network.id} in (select e.network_id from event e where e.status <> 'draft'
    and (${eventVector} @@ (${queries}) OR ${sql.join(close, sql` OR `)}))`;
}

/**
 * The query and its readings with the field's synonyms (domain/search/synonyms.ts: girlsdag →
 * Girlsday, PLC → besturingstechniek) against the network's own text, or its public events.
 * `<%` and `%` use the GIN trigram indexes with the thresholds set in searchNetworks.
 */
function textMatch(q: string): SQL {
  const readings = expandQuery(q);
  return sql`(${ownTextMatch(q, readings)} OR ${eventMatch([q, ...readings.slice(1)])})`;
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
function conditions(filters: NetworkFilters, matched: readonly string[] | null, except?: FacetKey): SQL {
  const parts: (SQL | undefined)[] = [matched ? (matched.length > 0 ? inArray(network.id, [...matched]) : sql`false`) : undefined];
  for (const facet of FACETS) if (facet !== except) parts.push(facetCondition(facet, filters.facets[facet]));
  // An archived network (app/services/admin) is left out of the directory.
  return and(sql`true`, isNull(network.archivedAt), ...parts)!;
}

async function facetCounts(db: Db, filters: NetworkFilters, matched: readonly string[] | null, facet: FacetKey): Promise<FacetOption[]> {
  const spec = FACET_COLUMNS[facet];
  const where = conditions(filters, matched, facet);
  const rows = spec.array
    ? await queryRows<{ value: string; count: number }>(
        db,
        sql`select v as value, count(*)::int as count
            from ${network} cross join lateral unnest(${spec.column}) as v
            where ${where}
            group by v`,
      )
    : await db
        .select({ value: sql<string>`${spec.column}::text`, count: count() })
        .from(network)
        .where(and(where, isNotNull(spec.column)))
        .groupBy(spec.column);

  const selected = filters.facets[facet];
  const options = new Map<string, FacetOption>(rows.map((r) => [r.value, { value: r.value, count: Number(r.count), selected: selected.includes(r.value) }]));
  // A chosen value stays visible (and can be unticked) even when nothing matches it any more.
  for (const value of selected) if (!options.has(value)) options.set(value, { value, count: 0, selected: true });
  return sortFacet(facet, [...options.values()]);
}

function sortFacet(facet: FacetKey, options: FacetOption[]): FacetOption[] {
  if (facet === "startYear") return options.sort((a, b) => Number(b.value) - Number(a.value));
  if (facet === "kind") return options.sort((a, b) => NETWORK_KINDS.indexOf(a.value as NetworkKind) - NETWORK_KINDS.indexOf(b.value as NetworkKind));
  return options.sort((a, b) => a.value.localeCompare(b.value, "nl"));
}

/** The networks whose text (or public events) match the query, best first; archived ones are left out. */
async function matchingIds(db: Db, q: string): Promise<string[]> {
  const exactName = sql`(${nameTrigrams} = ${normalised(q)})`;
  const score = sql`(ts_rank(${searchVector}, ${tsQuery(q)}) + word_similarity(${normalised(q)}, ${searchTrigrams}) + similarity(${normalised(q)}, ${nameTrigrams}))`;
  const rows = await db
    .select({ id: network.id })
    .from(network)
    .where(and(isNull(network.archivedAt), textMatch(q)))
    .orderBy(desc(exactName), desc(score), asc(network.name));
  return rows.map((r) => r.id);
}

/**
 * The directory search: full text with typo tolerance, faceted filters whose
 * counts each apply all the other filters, one page of cards, and the
 * vestigingen of every network in the result for the map.
 */
export async function searchNetworks(services: Pick<AppServices, "db">, _actor: Actor, filters: NetworkFilters): Promise<NetworkSearchResult> {
  return services.db.transaction(async (tx) => {
    // Local to this transaction: the trigram operators compare against these.
    await tx.execute(
      sql`select set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true),
                 set_config('pg_trgm.similarity_threshold', ${String(NAME_SIMILARITY_THRESHOLD)}, true)`,
    );
    const matched = filters.q ? await matchingIds(tx, filters.q) : null;
    const where = conditions(filters, matched);

    const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(network).where(where);
    const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const page = Math.min(Math.max(1, filters.page), pageCount);

    // With a query the order is the match's rank, which `matched` holds: its position in that list.
    const order = matched && matched.length > 0 ? [sql`array_position(array[${sql.join(matched.map((id) => sql`${id}`), sql`, `)}]::uuid[], ${network.id})`] : [asc(network.name)];
    const rows = await tx
      .select({
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
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE);

    const facets = {} as Record<FacetKey, FacetOption[]>;
    for (const facet of FACETS) facets[facet] = await facetCounts(tx, filters, matched, facet);

    const locations = await tx
      .select({
        id: networkLocation.id,
        name: networkLocation.name,
        kind: networkLocation.kind,
        place: networkLocation.place,
        lat: networkLocation.lat,
        lon: networkLocation.lon,
        networkSlug: network.slug,
        networkName: network.name,
      })
      .from(networkLocation)
      .innerJoin(network, eq(networkLocation.networkId, network.id))
      .where(where)
      .orderBy(asc(network.name), asc(networkLocation.name))
      .limit(MAX_MAP_LOCATIONS);

    return {
      total,
      page,
      pageCount,
      pageSize: PAGE_SIZE,
      networks: rows.map(({ description, ...card }) => ({ ...card, summary: card.summary || excerpt(description, 220) })),
      facets,
      locations,
    };
  });
}
