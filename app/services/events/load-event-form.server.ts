import { and, count, eq, inArray } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import { assignmentRun, eventGroup, eventSlot } from "~/db/schema/index.ts";
import { forbidden } from "~/domain/errors.ts";
import { nextStatuses } from "~/domain/events/event-rules.ts";
import { coordinatedNetworks } from "./coordinated-networks.server.ts";
import { coordinatesEvent, findEvent } from "./event-support.server.ts";

/** The networks a coordinator can create an event for; none means they may not create one. */
export async function loadNewEventForm(services: AppServices, actor: SessionUser | null) {
  const networks = await coordinatedNetworks(services.db, actor);
  if (networks.length === 0) throw forbidden();
  return { networks };
}

/** The event as the edit form shows it, with the status changes the coordinator can make now. */
export async function loadEventForm(services: AppServices, actor: SessionUser | null, slug: string) {
  const row = await findEvent(services.db, slug);
  if (!(await coordinatesEvent(services.db, actor, row))) throw forbidden();
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
