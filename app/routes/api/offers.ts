import type { Route } from "./+types/offers";
import { invalid } from "~/domain/errors.ts";
import { apiAction, apiLoader } from "~/lib/api.server.ts";
import { listOffers } from "~/domain/api/operations.ts";
import { offerFilters } from "~/domain/api/offers.ts";
import { listPage, sitePage } from "~/domain/api/paging.ts";
import { searchOffers } from "~/services/guest-lessons/search-offers.server.ts";

/** GET /api/v1/offers: the catalogue of /aanbod (its use-case, a visitor's view), as JSON. */
export const loader = apiLoader(listOffers, async ({ query, services, url, siteUrl }) => {
  // A radius around nothing would be silently ignored; the client is told instead.
  if (query.radiusKm !== undefined && !query.near) throw invalid("api.invalidParam.radiusWithoutNear", "radiusKm");
  const result = await searchOffers(services, null, offerFilters(query));
  // The page says it did not know the place; a client is told which parameter it was.
  if (result.unknownPlace) throw invalid("api.invalidParam.unknownPlace", "near");
  const { page, links } = listPage(url, result);
  return {
    links,
    body: {
      offers: result.offers.map((o) => ({
        id: o.id,
        title: o.title,
        kind: o.kind,
        organisation: { name: o.organisationName },
        place: o.place,
        topics: o.topics,
        levels: o.levels,
        locations: o.locations,
        // One decimal, as the page shows it; the exact figure says nothing a visitor can use.
        distanceKm: o.distanceKm === null ? null : Math.round(o.distanceKm * 10) / 10,
        url: sitePage(siteUrl, "aanbod", o.id),
      })),
      page,
      links,
      more: result.more,
    },
  };
}) satisfies (args: Route.LoaderArgs) => Promise<Response>;

export const action = apiAction() satisfies (args: Route.ActionArgs) => Promise<Response>;
