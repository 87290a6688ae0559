import type { Route } from "./+types/calendar-feed";
import { servicesContext } from "~/context.ts";
import { routeDownload } from "~/lib/route.server.ts";
import { exportCalendarFeed } from "~/services/guest-lessons/export-calendar-feed.server.ts";

/** /agenda/:file: a user's private feed (the file name is the secret token plus ".ics"). No session: calendar apps have none. */
export const loader = routeDownload(async ({ params, context }: Route.LoaderArgs) => {
  const token = params.file.endsWith(".ics") ? params.file.slice(0, -4) : "";
  const ics = await exportCalendarFeed(context.get(servicesContext), null, { token });
  return new Response(ics, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, max-age=900", "X-Robots-Tag": "noindex" },
  });
});
