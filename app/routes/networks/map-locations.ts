import { z } from "zod";
import type { Route } from "./+types/map-locations";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { invalid } from "~/domain/errors.ts";
import { translator } from "~/i18n/index.ts";
import { routeDownload } from "~/lib/route.server.ts";
import { listMapLocations } from "~/services/networks/list-map-locations.server.ts";
import type { MapMarker } from "~/ui/map/network-map.tsx";

// The map of every network takes no filter: an address with one is a mistake, not another map.
const Query = z.object({}).strict();

/**
 * /netwerken/vestigingen.json: the markers of the map of every network (the home page's), fetched
 * by the map when its box comes into view instead of riding in the page (ADR 020). Texts in the
 * reader's language, like the page the map sits on; a visitor's answer is shared by the page
 * cache like a page (ADR 018).
 */
export const loader = routeDownload(async ({ request, context }: Route.LoaderArgs) => {
  if (!Query.safeParse(Object.fromEntries(new URL(request.url).searchParams)).success) throw invalid("error.invalid.body");
  const user = context.get(userContext);
  const t = translator(user?.locale ?? context.get(requestContext).locale);
  const locations = await listMapLocations(context.get(servicesContext), user);
  // No id and coordinates to about a metre: 500 markers are sent to every phone that shows the map.
  const markers: MapMarker[] = locations.map((l) => ({
    lat: Math.round(l.lat * 1e5) / 1e5,
    lon: Math.round(l.lon * 1e5) / 1e5,
    // The marker's accessible name: the location and its network.
    title: `${l.name} (${l.networkName})`,
    detail: [t(`networks.locationKind.${l.kind}`), l.place].filter(Boolean).join(" · "),
    href: `/netwerken/${l.networkSlug}`,
    linkText: l.networkName,
  }));
  return Response.json({ markers });
});
