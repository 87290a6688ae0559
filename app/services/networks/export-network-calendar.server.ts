import type { Actor, AppServices } from "~/context.ts";
import { translator, type Locale } from "~/i18n/index.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { getNetworkCalendar } from "./get-network-calendar.server.ts";
import { networkCalendarIcs } from "./helpers/network-calendar-ics.server.ts";

/** The public network calendar as an .ics file for calendar apps: the last 90 days and what is coming. */
export async function exportNetworkCalendar(services: Pick<AppServices, "db" | "clock" | "env">, actor: Actor, input: { slug: string; locale: Locale }) {
  const { network, entries } = await getNetworkCalendar(services, actor, { slug: input.slug, pastDays: 90 });
  const t = translator(input.locale);
  return {
    filename: `agenda-${network.slug}.ics`,
    body: networkCalendarIcs(entries, t("impact.calendar.feedName", { name: network.name }), baseUrl(services.env)),
  };
}
