import type { AppServices, SessionUser } from "~/context.ts";
import { absoluteUrl } from "~/services/networks/proposal-support.server.ts";
import { loadSchedule } from "./load-schedule.server.ts";
import { scheduleIcs, schedulePdf } from "./schedule-files.server.ts";

/** A schedule as a download (ICS or PDF), with the same access as the schedule page. */
export async function loadScheduleFile(services: AppServices, actor: SessionUser | null, slug: string, orgSlug: string, format: "ics" | "pdf") {
  const schedule = await loadSchedule(services, actor, slug, orgSlug);
  const filename = `rooster-${schedule.event.slug}-${schedule.organisation.slug}.${format}`;
  if (format === "ics") {
    const url = absoluteUrl(services, `/evenementen/${schedule.event.slug}/rooster/${schedule.organisation.slug}`);
    return { filename, contentType: "text/calendar; charset=utf-8", body: scheduleIcs(schedule, url) };
  }
  return { filename, contentType: "application/pdf", body: await schedulePdf(schedule) };
}
