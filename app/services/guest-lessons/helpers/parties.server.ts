import { and, eq, inArray } from "drizzle-orm";
import type { Actor } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { membership } from "~/db/schema/index.ts";
import { conflict, forbidden, notFound } from "~/domain/errors.ts";
import { checkTransition, type AppointmentAction, type AppointmentActor } from "~/domain/guest-lessons/state-machine.ts";
import { can } from "~/services/common/permissions.server.ts";
import type { AppointmentRow } from "./load-appointment.server.ts";

/** In which capacities this user may act on the appointment; empty = a third party. */
export async function capacitiesOf(db: Db, user: Actor, a: Pick<AppointmentRow, "schoolOrganisationId" | "providerOrganisationId" | "networkId">) {
  const actors: AppointmentActor[] = [];
  if (!user) return actors;
  const memberships = await db
    .select({ organisationId: membership.organisationId })
    .from(membership)
    .where(and(eq(membership.userId, user.id), inArray(membership.organisationId, [a.schoolOrganisationId, a.providerOrganisationId])));
  if (memberships.some((m) => m.organisationId === a.schoolOrganisationId)) actors.push("school");
  if (memberships.some((m) => m.organisationId === a.providerOrganisationId)) actors.push("provider");
  // The network's coordinators, and platform admins anywhere.
  if (await can(db, user, "appointment.coordinate", a.networkId ? { networkId: a.networkId } : {})) actors.push("coordinator");
  return actors;
}

/** The capacity in which the user takes this action, or a refusal. Third parties learn nothing. */
export async function requireCapacity(db: Db, user: Actor, a: AppointmentRow, action: AppointmentAction, preferred?: AppointmentActor) {
  const actors = await capacitiesOf(db, user, a);
  if (actors.length === 0) throw notFound("appointments.notFound");
  const ordered = preferred && actors.includes(preferred) ? [preferred, ...actors.filter((x) => x !== preferred)] : actors;
  let stateWrong = false;
  for (const actor of ordered) {
    const check = checkTransition(a.state, action, actor);
    if (check.ok) return actor;
    if (check.reason === "state") stateWrong = true;
  }
  if (stateWrong) throw conflict("appointments.error.state");
  throw forbidden("appointments.error.notYours");
}

/** Organisation ids in which the user is a member. */
export async function organisationIdsOf(db: Db, user: { id: string }) {
  return (await db.select({ id: membership.organisationId }).from(membership).where(eq(membership.userId, user.id))).map((m) => m.id);
}
