import { redirect } from "react-router";
import type { Route } from "./+types/feed";
import { servicesContext, userContext } from "~/context.ts";
import { exportNewsFeed } from "~/services/news/export-news-feed.server.ts";
import { routeDownload } from "~/lib/route.server.ts";

/** Atom feeds: /nieuws.xml (every network) and /netwerken/:slug/nieuws.xml. */
export const loader = routeDownload(async ({ params, context }: Route.LoaderArgs) => {
  const { xml, movedTo } = await exportNewsFeed(context.get(servicesContext), context.get(userContext), { networkSlug: params.slug });
  // A feed reader keeps the new address of a merged network's feed after a permanent redirect.
  if (movedTo !== null) return redirect(`/netwerken/${movedTo}/nieuws.xml`, 301);
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" } });
});
