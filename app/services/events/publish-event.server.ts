import { and, eq, inArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { assignmentRun, event } from "~/db/schema/index.ts";
import { conflict } from "~/domain/errors.ts";
import { recordAudit } from "~/services/common/audit.server.ts";
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
      const ics = scheduleIcs(schedule, url);
      const lines = schedule.items.map((item) =>
        isHost
          ? `- ${item.date} ${item.windowLabel} (${item.start}–${item.end}): ${item.groups.map((g) => `${g.schoolName}, ${g.label} (${g.size})`).join("; ") || "geen groepen"}`
          : `- ${item.date} ${item.windowLabel} (${item.start}–${item.end}): ${item.groups.map((g) => g.label).join(", ")} naar ${item.hostName}, ${item.place ?? ""}`,
      );
      for (const r of recipients) {
        await services.mailer.send(
          {
            to: r.email,
            subject: `Rooster ${row.name} voor ${org.name}`,
            text:
              `Beste ${r.name},\n\nDe indeling voor ${row.name} is bekend. ` +
              (isHost ? `Deze groepen komen bij ${org.name} op bezoek:\n` : `Hier gaan de groepen van ${org.name} naartoe:\n`) +
              (lines.length ? lines.join("\n") : "- Er is niets ingedeeld.") +
              (schedule.unassigned.length ? `\n\nNiet ingedeeld: ${schedule.unassigned.map((g) => g.label).join(", ")}.` : "") +
              `\n\nUw rooster (om te printen, als pdf of voor uw agenda):\n${url}\n\nDe agenda staat ook als bijlage bij deze e-mail.\n\nTechnohub`,
            attachments: [{ filename: `rooster-${row.slug}.ics`, contentType: "text/calendar", content: ics }],
          },
          tx,
        );
        mails++;
      }
    }
    return { mails };
  });
}
