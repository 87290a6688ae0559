import { and, count, eq, inArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { assignmentRun, eventGroup, eventSlot } from "~/db/schema/index.ts";
import { nextStatuses } from "~/domain/events/event-rules.ts";
import { requireEventCoordinator } from "./helpers/event-access.server.ts";

/** The event as the edit form shows it, with the status changes the coordinator can make now. */
export async function getEventForm(services: AppServices, actor: Actor, { slug }: { slug: string }) {
  const row = await requireEventCoordinator(services.db, actor, slug);
  const [slots] = await services.db.select({ n: count() }).from(eventSlot).where(eq(eventSlot.eventId, row.id));
  const [groups] = await services.db.select({ n: count() }).from(eventGroup).where(eq(eventGroup.eventId, row.id));
  const active = await services.db
    .select({ id: assignmentRun.id })
    .from(assignmentRun)
    .where(and(eq(assignmentRun.eventId, row.id), inArray(assignmentRun.status, ["queued", "running"])))
    .limit(1);
  return {
    event: {
      slug: row.slug,
      name: row.name,
      kind: row.kind,
      description: row.description,
      status: row.status,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      windows: row.windows,
      hostRegistrationOpensOn: row.hostRegistrationOpensOn,
      hostRegistrationClosesOn: row.hostRegistrationClosesOn,
      schoolRegistrationOpensOn: row.schoolRegistrationOpensOn,
      schoolRegistrationClosesOn: row.schoolRegistrationClosesOn,
      targetLevels: row.targetLevels,
      girlsOnly: row.girlsOnly,
      minGroupSize: row.minGroupSize,
      defaultMaxKm: row.defaultMaxKm,
    },
    slotCount: slots?.n ?? 0,
    groupCount: groups?.n ?? 0,
    runInProgress: active.length > 0,
    nextStatuses: row.status === "assigning" && active.length > 0 ? [] : nextStatuses(row.status),
  };
}
