import { and, eq, inArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { assignmentRun, event } from "~/db/schema/index.ts";
import { conflict } from "~/domain/errors.ts";
import { recordAudit } from "~/services/common/audit.server.ts";
import { labelOf, parseLocale, translator, type Locale, type Translate } from "~/i18n/index.ts";
import { absoluteUrl } from "~/lib/env.server.ts";
import { buildSchedule } from "./helpers/build-schedule.server.ts";
import { requireEventCoordinator } from "./helpers/event-access.server.ts";
import { publicationRecipients } from "./helpers/publication-recipients.server.ts";
import { scheduleIcs } from "./helpers/schedule-ics.server.ts";

/**
 * The coordinator publishes the assignment. Every school and host taking part
 * gets a mail with its schedule as a calendar file and a link to its schedule
 * page, in the same transaction: published means everyone was told. Mail goes
 * to the organisation's members, or to its role address if it has none.
 */
export async function publishEvent(services: AppServices, actor: Actor, { slug }: { slug: string }) {
  const row = await requireEventCoordinator(services.db, actor, slug);
  return services.db.transaction(async (tx) => {
    const active = await tx
      .select({ id: assignmentRun.id })
      .from(assignmentRun)
      .where(and(eq(assignmentRun.eventId, row.id), inArray(assignmentRun.status, ["queued", "running"])))
      .limit(1);
    if (active.length) throw conflict("events.error.runInProgress");
    const now = services.clock.now();
    // Conditional: of two publishes at once, one finds the event still "assigning".
    const updated = await tx
      .update(event)
      .set({ status: "published", publishedAt: now })
      .where(and(eq(event.id, row.id), eq(event.status, "assigning")))
      .returning({ id: event.id });
    if (updated.length === 0) throw conflict(row.status === "published" || row.status === "done" ? "events.error.alreadyPublished" : "events.error.notAssigned");
    await recordAudit(tx, actor, "event.publish", { type: "event", id: row.id, label: row.name }, { status: "assigning" }, { status: "published", publishedAt: now });

    let mails = 0;
    for (const { org, recipients, isHost } of await publicationRecipients(tx, row.id)) {
      if (recipients.length === 0) continue;
      const schedule = await buildSchedule(tx, { ...row, status: "published" }, org);
      const url = absoluteUrl(services, `/evenementen/${row.slug}/rooster/${org.slug}`);
      // One calendar file per language among this organisation's recipients.
      const icsIn = new Map<Locale, string>();
      const icsOf = (locale: Locale) => icsIn.get(locale) ?? icsIn.set(locale, scheduleIcs(schedule, url, locale)).get(locale)!;
      /** The schedule as the mail lists it, in the reader's language. */
      const listed = (t: Translate) => {
        const lines = schedule.items.map((item) => {
          const when = `- ${item.date} ${labelOf(t, `events.window.${item.windowLabel.toLowerCase()}`, item.windowLabel)} (${item.start}–${item.end})`;
          return isHost
            ? `${when}: ${item.groups.map((g) => `${g.schoolName}, ${g.label} (${g.size})`).join("; ") || t("events.mail.schedule.noGroups")}`
            : `${when}: ${t("events.mail.schedule.visit", { groups: item.groups.map((g) => g.label).join(", "), host: item.hostName, place: item.place ?? "" })}`;
        });
        return (
          (lines.length ? lines.join("\n") : t("events.mail.schedule.nothing")) +
          (schedule.unassigned.length ? `\n\n${t("events.mail.schedule.unassigned", { groups: schedule.unassigned.map((g) => g.label).join(", ") })}` : "")
        );
      };
      for (const r of recipients) {
        const locale = parseLocale(r.locale);
        const t = translator(locale);
        const values = { name: r.name, event: row.name, organisation: org.name, url };
        await services.mailer.send(
          {
            to: r.email,
            subject: t("events.mail.schedule.subject", values),
            text: [
              `${t("events.mail.schedule.greeting", values)}`,
              "",
              `${t("events.mail.schedule.known", values)} ${t(isHost ? "events.mail.schedule.hostIntro" : "events.mail.schedule.schoolIntro", values)}`,
              listed(t),
              "",
              t("events.mail.schedule.link", values),
              "",
              t("events.mail.schedule.attachment"),
              "",
              "Technohub",
            ].join("\n"),
            attachments: [{ filename: `rooster-${row.slug}.ics`, contentType: "text/calendar", content: icsOf(locale) }],
          },
          tx,
        );
        mails++;
      }
    }
    return { mails };
  });
}
