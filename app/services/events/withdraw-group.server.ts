import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { eventAssignment, eventGroup, eventSlot, organisation } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { parseLocale, translator } from "~/i18n/index.ts";
import { absoluteUrl } from "~/lib/env.server.ts";
import { findEvent } from "./helpers/event-access.server.ts";
import { checkWithdrawal, organisationRecipients, windowText } from "./helpers/withdrawal.server.ts";

/**
 * A school withdraws a class while the schools' entry period is open; after that
 * only the coordinator can. Its assignment goes with it (cascade); once the
 * schedule was published, the host that expected the class is told.
 */
export async function withdrawGroup(services: AppServices, actor: Actor, { slug, groupId }: { slug: string; groupId: string }) {
  const row = await findEvent(services.db, actor, slug);
  return services.db.transaction(async (tx) => {
    const [group] = await tx
      .select({ id: eventGroup.id, eventId: eventGroup.eventId, schoolId: eventGroup.schoolOrganisationId, label: eventGroup.label, size: eventGroup.size, schoolName: organisation.name })
      .from(eventGroup)
      .innerJoin(organisation, eq(organisation.id, eventGroup.schoolOrganisationId))
      .where(eq(eventGroup.id, groupId));
    if (!group || group.eventId !== row.id) throw notFound();
    const { event } = await checkWithdrawal(services, tx, actor, row, "school", group.schoolId);
    const [assigned] = await tx
      .select({ hostId: eventSlot.hostOrganisationId, window: eventSlot.window })
      .from(eventAssignment)
      .innerJoin(eventSlot, eq(eventSlot.id, eventAssignment.slotId))
      .where(eq(eventAssignment.groupId, group.id));
    await tx.delete(eventGroup).where(eq(eventGroup.id, group.id));
    let mails = 0;
    if (event.status === "published" && assigned) {
      const url = absoluteUrl(services, `/evenementen/${event.slug}`);
      for (const r of await organisationRecipients(tx, assigned.hostId)) {
        const t = translator(parseLocale(r.locale));
        const values = { name: r.name, group: group.label, school: group.schoolName, count: group.size, event: event.name, window: windowText(event, assigned.window, t), url };
        await services.mailer.send({ to: r.email, subject: t("events.mail.groupWithdrawn.subject", values), text: t("events.mail.groupWithdrawn.body", values) }, tx);
        mails++;
      }
    }
    return { removedAssignment: !!assigned, mails };
  });
}
