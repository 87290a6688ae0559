import type { Route } from "./+types/organisations";
import { apiAction, apiLoader } from "~/lib/api.server.ts";
import { listOrganisations as operation } from "~/domain/api/operations.ts";
import { listPage, sitePage } from "~/domain/api/paging.ts";
import { listOrganisations } from "~/services/organisations/list-organisations.server.ts";

/** GET /api/v1/organisations: the public list of /organisaties (its use-case, its fields). */
export const loader = apiLoader(operation, async ({ query, services, url, siteUrl }) => {
  const result = await listOrganisations(services, null, { q: query.q, kind: query.kind, province: query.province, page: query.page });
  const { page, links } = listPage(url, result);
  return { links, body: { organisations: result.items.map((o) => ({ ...o, url: sitePage(siteUrl, "organisaties", o.slug) })), page, links } };
}) satisfies (args: Route.LoaderArgs) => Promise<Response>;

export const action = apiAction() satisfies (args: Route.ActionArgs) => Promise<Response>;
