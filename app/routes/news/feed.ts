import type { Route } from "./+types/feed";
import { servicesContext, userContext } from "~/context.ts";
import { exportNewsFeed } from "~/services/news/export-news-feed.server.ts";
import { routeDownload } from "~/lib/route.server.ts";

/** Atom feeds: /nieuws.xml (every network) and /netwerken/:slug/nieuws.xml. */
export const loader = routeDownload(async ({ params, context }: Route.LoaderArgs) => {
  const xml = await exportNewsFeed(context.get(servicesContext), context.get(userContext), { networkSlug: params.slug });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" } });
});
