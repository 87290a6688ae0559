import type { Route } from "./+types/agenda-ics";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { slugParam } from "~/domain/common/slug.ts";
import { routeDownload } from "~/lib/route.server.ts";
import { exportNetworkCalendar } from "~/services/networks/export-network-calendar.server.ts";

/** /netwerken/:slug/agenda.ics: the public network calendar for calendar apps (no session needed). */
export const loader = routeDownload(async ({ params, context }: Route.LoaderArgs) => {
  const actor = context.get(userContext);
  const locale = actor?.locale ?? context.get(requestContext).locale;
  const file = await exportNetworkCalendar(context.get(servicesContext), actor, { slug: slugParam(params.slug), locale });
  return new Response(file.body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${file.filename}"`,
      "Cache-Control": "public, max-age=900",
    },
  });
});
