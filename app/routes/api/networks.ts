import type { Route } from "./+types/networks";
import { apiAction, apiLoader } from "~/lib/api.server.ts";
import { listNetworks } from "~/domain/api/operations.ts";
import { networkFilters } from "~/domain/api/networks.ts";
import { listPage, sitePage } from "~/domain/api/paging.ts";
import { searchNetworks } from "~/services/networks/search-networks.server.ts";

/** GET /api/v1/networks: the directory's search (the page's own use-case), as JSON. */
export const loader = apiLoader(listNetworks, async ({ query, services, url, siteUrl }) => {
  const result = await searchNetworks(services, null, { ...networkFilters(query), pageSize: query.pageSize });
  const { page, links } = listPage(url, { ...result, total: result.total });
  return {
    links,
    body: {
      networks: result.networks.map((n) => ({ ...n, url: sitePage(siteUrl, "netwerken", n.slug) })),
      facets: Object.fromEntries(Object.entries(result.facets).map(([facet, options]) => [facet, options.map(({ value, count }) => ({ value, count }))])) as never,
      page,
      links,
    },
  };
}) satisfies (args: Route.LoaderArgs) => Promise<Response>;

export const action = apiAction() satisfies (args: Route.ActionArgs) => Promise<Response>;
