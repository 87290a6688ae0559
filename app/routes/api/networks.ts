import type { Route } from "./+types/networks";
import { apiAction, apiLoader } from "~/lib/api.server.ts";
import { listNetworks } from "~/domain/api/operations.ts";
import { networkFilters } from "~/domain/api/networks.ts";
import { pageLinks } from "~/domain/api/paging.ts";
import { searchNetworks } from "~/services/networks/search-networks.server.ts";

/** GET /api/v1/networks: the directory's search (the page's own use-case), as JSON. */
export const loader = apiLoader(listNetworks, async ({ query, services, url, siteUrl }) => {
  const result = await searchNetworks(services, null, { ...networkFilters(query), pageSize: query.pageSize });
  const links = pageLinks(url, result.page, result.pageCount);
  return {
    links,
    body: {
      networks: result.networks.map((n) => ({ ...n, url: new URL(`/netwerken/${encodeURIComponent(n.slug)}`, siteUrl).toString() })),
      facets: Object.fromEntries(Object.entries(result.facets).map(([facet, options]) => [facet, options.map(({ value, count }) => ({ value, count }))])) as never,
      page: { number: result.page, size: result.pageSize, totalElements: result.total, totalPages: result.pageCount },
      links,
    },
  };
}) satisfies (args: Route.LoaderArgs) => Promise<Response>;

export const action = apiAction() satisfies (args: Route.ActionArgs) => Promise<Response>;
