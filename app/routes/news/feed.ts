import type { Route } from "./+types/feed";
import { servicesContext } from "~/context.ts";
import { domainErrorResponse } from "~/services/auth/require.server.ts";
import { newsFeed } from "~/services/news/news-feed.server.ts";

/** Atom feeds: /nieuws.xml (every network) and /netwerken/:slug/nieuws.xml. */
export async function loader({ params, context }: Route.LoaderArgs) {
  try {
    const xml = await newsFeed(context.get(servicesContext), params.slug);
    return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" } });
  } catch (error) {
    throw domainErrorResponse(error);
  }
}
