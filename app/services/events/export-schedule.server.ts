import type { Actor, AppServices } from "~/context.ts";
import { absoluteUrl } from "~/lib/env.server.ts";
import { schedulePdf } from "./helpers/schedule-pdf.server.ts";
import { getSchedule } from "./get-schedule.server.ts";
import { scheduleIcs } from "./helpers/schedule-ics.server.ts";

/** A schedule as a download (ICS or PDF), with the same access as the schedule page. */
export async function exportSchedule(
  services: AppServices,
  actor: Actor,
  { slug, orgSlug, format }: { slug: string; orgSlug: string; format: "ics" | "pdf" },
) {
  const schedule = await getSchedule(services, actor, { slug, orgSlug });
  const filename = `rooster-${schedule.event.slug}-${schedule.organisation.slug}.${format}`;
  if (format === "ics") {
    const url = absoluteUrl(services, `/evenementen/${schedule.event.slug}/rooster/${schedule.organisation.slug}`);
    return { filename, contentType: "text/calendar; charset=utf-8", body: scheduleIcs(schedule, url, actor?.locale) };
  }
  return { filename, contentType: "application/pdf", body: await schedulePdf(schedule, actor?.locale) };
}
