/** A schedule as an iCalendar file (one item per visit); it says the same as the schedule page. */
import { buildCalendar } from "~/domain/common/ics.ts";
import { amsterdamMoment } from "~/domain/common/time.ts";
import { translator, type Locale, type Translate } from "~/i18n/index.ts";
import type { Schedule } from "./build-schedule.server.ts";

function address(item: Schedule["items"][number]) {
  return [item.street, [item.postcode, item.place].filter(Boolean).join(" ")].filter(Boolean).join(", ");
}

function describe(item: Schedule["items"][number], t: Translate) {
  const lines = [item.activity];
  for (const g of item.groups) lines.push(`${g.schoolName}: ${g.label} (${t("events.ics.pupils", { count: g.size })}, ${g.level})`);
  if (item.accessibilityNotes) lines.push(t("events.ics.accessibility", { notes: item.accessibilityNotes }));
  return lines.join("\n");
}

export function scheduleIcs(schedule: Schedule, scheduleUrl: string, locale: Locale = "nl"): string {
  const t = translator(locale);
  return buildCalendar({
    product: "technohub/events",
    name: `${schedule.event.name} – ${schedule.organisation.name}`,
    items: schedule.items.map((item) => ({
      uid: `${item.slotId}-${schedule.organisation.id}@technohub`,
      title: `${schedule.event.name}: ${schedule.organisation.kind !== "school" ? item.groups.map((g) => g.schoolName).join(", ") || item.activity : item.hostName}`,
      description: describe(item, t),
      location: [item.hostName, address(item)].filter(Boolean).join(", "),
      url: scheduleUrl,
      when: { startsAt: new Date(amsterdamMoment(item.date, item.start)), endsAt: new Date(amsterdamMoment(item.date, item.end)) },
    })),
  });
}
