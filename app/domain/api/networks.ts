/**
 * The networks directory as the API offers it (ADR 028): the query the directory page takes, in
 * the API's words (camelCase keys, English, one key per facet, repeated for more values), and the
 * public fields of a network. The search itself is the page's use-case (searchNetworks), so the
 * API and /netwerken cannot drift apart.
 */
import { z } from "zod";
import { itemsOf } from "./fields.ts";
import { EDUCATION_SECTORS, NETWORK_KINDS, PROVINCES } from "../networks/vocabulary.ts";
import { FACETS, MAX_QUERY_LENGTH, MAX_VALUES_PER_FACET, type FacetKey, type NetworkFilters } from "../networks/search-query.ts";
import { PageInfo, PageLinks, pagingQuery } from "./paging.ts";
import { slugPath } from "./params.ts";

const label = z.string().trim().min(1).max(100);
const many = <T extends z.ZodType>(value: T, description: string, example: string) =>
  z.array(value).max(MAX_VALUES_PER_FACET).optional().meta({ description: `${description} Repeat the parameter for more values (any of them).`, example: [example] });

export const NetworkListQuery = z.strictObject({
  q: z.string().trim().max(MAX_QUERY_LENGTH).optional().meta({ description: "Words to search for (typos and Dutch inflections are tolerated).", example: "techniek" }),
  province: many(z.enum(PROVINCES), "Province.", "Utrecht"),
  kind: many(z.enum(NETWORK_KINDS), "Kind of network.", "pps"),
  cooperationType: many(label, "Kind of cooperation, as the network publishes it.", "regionaal"),
  educationSector: many(z.enum(EDUCATION_SECTORS), "Education sector.", "vmbo"),
  economicSector: many(label, "Economic sector, as the network publishes it.", "Maakindustrie"),
  tag: many(label, "Tag.", "installatietechniek"),
  focusArea: many(label, "Focus area.", "energietransitie"),
  startYear: many(z.string().regex(/^\d{4}$/), "Year the network started.", "2019"),
  ...pagingQuery,
});
export type NetworkListQuery = z.infer<typeof NetworkListQuery>;

/** The directory's filters from the API's query: the same facets, the page's size left to the API. */
export function networkFilters(query: NetworkListQuery): NetworkFilters {
  const facets = Object.fromEntries(FACETS.map((f) => [f, (query[f] ?? []) as string[]])) as Record<FacetKey, string[]>;
  return { q: query.q ?? "", facets, page: query.page };
}

export const Network = z
  .object({
    slug: z.string().meta({ description: "Stable identifier, also the last part of the page's address.", example: "technet-utrecht" }),
    name: z.string().meta({ example: "TechNet Utrecht" }),
    kind: z.enum(NETWORK_KINDS),
    province: z.string().nullable().meta({ example: "Utrecht" }),
    summary: z.string().meta({ description: "A short description (at most a few sentences)." }),
    tags: z.array(z.string()),
    economicSector: z.string().nullable(),
    url: z.url().meta({ description: "The network's page on Technohub.", example: "https://technohub.nl/netwerken/technet-utrecht" }),
  })
  .meta({ id: "Network", description: "A network or partnership in the directory (public fields only)." });
export type Network = z.infer<typeof Network>;

const FacetValue = z.object({ value: z.string(), count: z.int().min(0) }).meta({ id: "FacetValue" });

export const NetworkFacets = z
  .object(Object.fromEntries(FACETS.map((f) => [f, z.array(FacetValue)])) as Record<FacetKey, z.ZodArray<typeof FacetValue>>)
  .meta({ id: "NetworkFacets", description: "Per facet, its values with how many networks each would find, under every other filter." });

export const NetworkList = z
  .object({ networks: itemsOf(Network), facets: NetworkFacets, page: PageInfo, links: PageLinks })
  .meta({ id: "NetworkList" });
export type NetworkList = z.infer<typeof NetworkList>;

export const NetworkAgendaParams = z.strictObject({ slug: slugPath.meta({ description: "The network's slug, as in its page's address.", example: "technet-utrecht" }) });
export const NetworkAgendaQuery = z.strictObject({ ...pagingQuery });

export const AgendaItem = z
  .object({
    kind: z.enum(["event", "session", "appointment"]).meta({ description: "An event of the network, a session of one of its courses, or a guest lesson or visit both sides agreed to show." }),
    title: z.string(),
    startsOn: z.iso.date().meta({ description: "First day (Amsterdam time).", example: "2026-10-14" }),
    endsOn: z.iso.date().meta({ description: "Last day (Amsterdam time).", example: "2026-10-14" }),
    startsAt: z.iso.datetime({ offset: true }).nullable().meta({ description: "Start; null for an event, which lasts whole days." }),
    endsAt: z.iso.datetime({ offset: true }).nullable(),
    place: z.string().nullable(),
    url: z.url().nullable().meta({ description: "Its page on Technohub (an appointment has none)." }),
  })
  .meta({ id: "AgendaItem", description: "One item of a network's agenda." });

export const AgendaItemList = z
  .object({ items: itemsOf(AgendaItem), network: z.object({ slug: z.string(), name: z.string(), url: z.url() }), page: PageInfo, links: PageLinks })
  .meta({ id: "AgendaItemList", description: "What is coming up in a network, from today, earliest first, as its agenda page shows it." });
