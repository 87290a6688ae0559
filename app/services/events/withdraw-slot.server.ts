import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { eventAssignment, eventGroup, eventSlot, organisation } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { parseLocale, translator } from "~/i18n/index.ts";
import { absoluteUrl } from "~/lib/env.server.ts";
import { findEvent } from "./helpers/event-access.server.ts";
import { checkWithdrawal, organisationRecipients, windowText } from "./helpers/withdrawal.server.ts";

/**
 * A host withdraws a visit slot while the hosts' entry period is open; after that
 * only the coordinator can. Assignments to the slot go with it (cascade);
 * once the schedule was published, each school that was coming is told.
 */
export async function withdrawSlot(services: AppServices, actor: Actor, { slug, slotId }: { slug: string; slotId: string }) {
  const row = await findEvent(services.db, actor, slug);
  return services.db.transaction(async (tx) => {
    const [slot] = await tx
      .select({ id: eventSlot.id, eventId: eventSlot.eventId, hostOrganisationId: eventSlot.hostOrganisationId, window: eventSlot.window, hostName: organisation.name })
      .from(eventSlot)
      .innerJoin(organisation, eq(organisation.id, eventSlot.hostOrganisationId))
      .where(eq(eventSlot.id, slotId));
    if (!slot || slot.eventId !== row.id) throw notFound();
    const { event } = await checkWithdrawal(services, tx, actor, row, "host", slot.hostOrganisationId);
    const affected = await tx
      .select({ label: eventGroup.label, schoolId: eventGroup.schoolOrganisationId })
      .from(eventAssignment)
      .innerJoin(eventGroup, eq(eventGroup.id, eventAssignment.groupId))
      .where(eq(eventAssignment.slotId, slot.id));
    await tx.delete(eventSlot).where(eq(eventSlot.id, slot.id));
    let mails = 0;
    if (event.status === "published") {
      const url = absoluteUrl(services, `/evenementen/${event.slug}`);
      for (const schoolId of [...new Set(affected.map((a) => a.schoolId))]) {
        const labels = affected.filter((a) => a.schoolId === schoolId).map((a) => a.label);
        for (const r of await organisationRecipients(tx, schoolId)) {
          const t = translator(parseLocale(r.locale));
          const values = { name: r.name, host: slot.hostName, event: event.name, window: windowText(event, slot.window, t), groups: labels.join(", "), url };
          await services.mailer.send({ to: r.email, subject: t("events.mail.slotWithdrawn.subject", values), text: t("events.mail.slotWithdrawn.body", values) }, tx);
          mails++;
        }
      }
    }
    return { removedAssignments: affected.length, mails };
  });
}
