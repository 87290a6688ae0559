import type { Route } from "./+types/network-agenda";
import { apiAction, apiLoader } from "~/lib/api.server.ts";
import { listNetworkAgenda } from "~/domain/api/operations.ts";
import { listPage, pageOfItems, sitePage } from "~/domain/api/paging.ts";
import { amsterdamParts } from "~/domain/common/time.ts";
import { getNetworkCalendar } from "~/services/networks/get-network-calendar.server.ts";

/** GET /api/v1/networks/{slug}/agenda-items: the agenda page of a network (its use-case), from today. */
export const loader = apiLoader(listNetworkAgenda, async ({ params, query, services, url, siteUrl }) => {
  const { network, entries } = await getNetworkCalendar(services, null, { slug: params.slug, pastDays: 0 });
  const result = pageOfItems(entries, query.page, query.pageSize);
  const { page, links } = listPage(url, result);
  return {
    links,
    body: {
      items: result.items.map((e) =>
        e.kind === "event"
          ? { kind: e.kind, title: e.title, startsOn: e.startsOn, endsOn: e.endsOn, startsAt: null, endsAt: null, place: null, url: new URL(e.url, siteUrl).toString() }
          : {
              kind: e.kind,
              title: e.title,
              startsOn: amsterdamParts(e.startsAt).date,
              endsOn: amsterdamParts(e.endsAt).date,
              startsAt: e.startsAt.toISOString(),
              endsAt: e.endsAt.toISOString(),
              place: e.location,
              url: e.url ? new URL(e.url, siteUrl).toString() : null,
            },
      ),
      network: { slug: network.slug, name: network.name, url: sitePage(siteUrl, "netwerken", network.slug) },
      page,
      links,
    },
  };
}) satisfies (args: Route.LoaderArgs) => Promise<Response>;

export const action = apiAction() satisfies (args: Route.ActionArgs) => Promise<Response>;
