import type { Route } from "./+types/agenda-ics";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { slugParam } from "~/domain/common/slug.ts";
import { translator } from "~/i18n/index.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { routeDownload } from "~/lib/route.server.ts";
import { getNetworkCalendar } from "~/services/networks/get-network-calendar.server.ts";
import { networkCalendarIcs } from "~/services/networks/network-calendar-ics.server.ts";

/** /netwerken/:slug/agenda.ics: the public network calendar for calendar apps (no session needed). */
export const loader = routeDownload(async ({ params, context }: Route.LoaderArgs) => {
  const services = context.get(servicesContext);
  const t = translator(context.get(userContext)?.locale ?? context.get(requestContext).locale);
  const { network, entries } = await getNetworkCalendar(services, context.get(userContext), { slug: slugParam(params.slug), pastDays: 90 });
  const ics = networkCalendarIcs(entries, t("impact.calendar.feedName", { name: network.name }), baseUrl(services.env));
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="agenda-${network.slug}.ics"`,
      "Cache-Control": "public, max-age=900",
    },
  });
});
