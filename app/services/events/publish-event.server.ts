import { and, eq, inArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { assignmentRun, event, eventGroup, eventSlot, membership, organisation, user } from "~/db/schema/index.ts";
import { conflict } from "~/domain/errors.ts";
import { recordAudit } from "~/services/common/audit.server.ts";
import { absoluteUrl } from "~/lib/env.server.ts";
import { buildSchedule } from "./helpers/build-schedule.server.ts";
import { requireEventCoordinator } from "./helpers/event-access.server.ts";
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

    const hostIds = (await tx.selectDistinct({ id: eventSlot.hostOrganisationId }).from(eventSlot).where(eq(eventSlot.eventId, row.id))).map((r) => r.id);
    const schoolIds = (await tx.selectDistinct({ id: eventGroup.schoolOrganisationId }).from(eventGroup).where(eq(eventGroup.eventId, row.id))).map((r) => r.id);
    const orgIds = [...new Set([...hostIds, ...schoolIds])];
    if (orgIds.length === 0) return { mails: 0 };
    const orgs = await tx
      .select({ id: organisation.id, slug: organisation.slug, name: organisation.name, kind: organisation.kind, email: organisation.email })
      .from(organisation)
      .where(inArray(organisation.id, orgIds));
    const members = await tx
      .select({ organisationId: membership.organisationId, email: user.email, name: user.name })
      .from(membership)
      .innerJoin(user, eq(user.id, membership.userId))
      .where(inArray(membership.organisationId, orgIds));
    let mails = 0;
    for (const org of orgs.sort((a, b) => a.name.localeCompare(b.name, "nl"))) {
      const recipients = members.filter((m) => m.organisationId === org.id).map((m) => ({ email: m.email, name: m.name }));
      if (recipients.length === 0 && org.email) recipients.push({ email: org.email, name: org.name });
      if (recipients.length === 0) continue;
      const schedule = await buildSchedule(tx, { ...row, status: "published" }, org);
      const url = absoluteUrl(services, `/evenementen/${row.slug}/rooster/${org.slug}`);
      const ics = scheduleIcs(schedule, url);
      const isHost = org.kind !== "school";
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
