import { data } from "react-router";
import type { Route } from "./+types/agenda-ics";
import { servicesContext } from "~/context.ts";
import { DomainError, STATUS } from "~/domain/errors.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { getNetworkCalendar } from "~/services/network-calendar/get-network-calendar.server.ts";
import { networkCalendarIcs } from "~/services/network-calendar/network-calendar-ics.server.ts";

/** /netwerken/:slug/agenda.ics: the public network calendar for calendar apps (no session needed). */
export async function loader({ params, context }: Route.LoaderArgs) {
  const services = context.get(servicesContext);
  try {
    const { network, entries } = await getNetworkCalendar(services, params.slug, { pastDays: 90 });
    const ics = networkCalendarIcs(entries, `Agenda ${network.name}`, baseUrl(services.env));
    return new Response(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `inline; filename="agenda-${network.slug}.ics"`,
        "Cache-Control": "public, max-age=900",
      },
    });
  } catch (error) {
    if (error instanceof DomainError) throw data("Niet gevonden", { status: STATUS[error.kind] });
    throw error;
  }
}
