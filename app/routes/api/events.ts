import type { Route } from "./+types/events";
import { apiAction, apiLoader } from "~/lib/api.server.ts";
import { listEvents as operation } from "~/domain/api/operations.ts";
import { listPage, sitePage } from "~/domain/api/paging.ts";
import { listEvents } from "~/services/events/list-events.server.ts";

/** GET /api/v1/events: the public list of /evenementen (a visitor's view: no drafts). */
export const loader = apiLoader(operation, async ({ query, services, url, siteUrl }) => {
  const result = await listEvents(services, null, { page: query.page });
  const { page, links } = listPage(url, result);
  return {
    links,
    body: {
      events: result.events.map((e) => ({
        slug: e.slug,
        name: e.name,
        kind: e.kind,
        status: e.status,
        startsOn: e.startsOn,
        endsOn: e.endsOn,
        network: e.networkSlug && e.networkName ? { slug: e.networkSlug, name: e.networkName } : null,
        url: sitePage(siteUrl, "evenementen", e.slug),
      })),
      page,
      links,
    },
  };
}) satisfies (args: Route.LoaderArgs) => Promise<Response>;

export const action = apiAction() satisfies (args: Route.ActionArgs) => Promise<Response>;
