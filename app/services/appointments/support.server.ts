import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import {
  appointment,
  lessonRequest,
  appointmentEvent,
  appointmentStep,
  membership,
  networkCoordinator,
  offer,
  organisation,
  providerReliability,
  user as userTable,
} from "~/db/schema/index.ts";
import { conflict, forbidden, notFound } from "~/domain/errors.ts";
import { checkTransition, type AppointmentAction, type AppointmentActor } from "~/domain/appointments/state-machine.ts";
import { countedResponses } from "~/domain/appointments/reliability.ts";
import { summariseResponses } from "~/domain/guest-lessons/reliability.ts";
import type { AppointmentState } from "~/domain/guest-lessons/vocabulary.ts";
import { isUuid } from "~/services/guest-lessons/support.server.ts";

export type AppointmentRow = typeof appointment.$inferSelect;

/** The appointment with the names a page or a mail needs. */
export async function loadAppointment(db: Db, id: string, options: { lock?: boolean } = {}) {
  // Only a real uuid reaches PostgreSQL: 36 dashes pass a looser pattern and fail its uuid parser (22P02).
  if (!isUuid(id)) return null;
  const query = db.select().from(appointment).where(eq(appointment.id, id));
  const [row] = options.lock ? await query.for("update") : await query;
  return row ?? null;
}

export async function namesOf(db: Db, a: AppointmentRow) {
  const [o] = await db
    .select({ title: offer.title, kind: offer.kind, durationMinutes: offer.durationMinutes, contactUserId: offer.contactUserId, contactEmail: offer.contactEmail, place: offer.place })
    .from(offer)
    .where(eq(offer.id, a.offerId));
  const orgs = await db
    .select({ id: organisation.id, name: organisation.name, place: organisation.place })
    .from(organisation)
    .where(inArray(organisation.id, [a.schoolOrganisationId, a.providerOrganisationId]));
  const school = orgs.find((x) => x.id === a.schoolOrganisationId)!;
  const provider = orgs.find((x) => x.id === a.providerOrganisationId)!;
  return { offer: o!, school, provider };
}

/** In which capacities this user may act on the appointment; empty = a third party. */
export async function actorsOf(db: Db, user: SessionUser | null, a: Pick<AppointmentRow, "schoolOrganisationId" | "providerOrganisationId" | "networkId">) {
  const actors: AppointmentActor[] = [];
  if (!user) return actors;
  const memberships = await db
    .select({ organisationId: membership.organisationId })
    .from(membership)
    .where(and(eq(membership.userId, user.id), inArray(membership.organisationId, [a.schoolOrganisationId, a.providerOrganisationId])));
  if (memberships.some((m) => m.organisationId === a.schoolOrganisationId)) actors.push("school");
  if (memberships.some((m) => m.organisationId === a.providerOrganisationId)) actors.push("provider");
  let coordinator = user.role === "admin";
  if (!coordinator && a.networkId) {
    const rows = await db
      .select({ userId: networkCoordinator.userId })
      .from(networkCoordinator)
      .where(and(eq(networkCoordinator.networkId, a.networkId), eq(networkCoordinator.userId, user.id)))
      .limit(1);
    coordinator = rows.length > 0;
  }
  if (coordinator) actors.push("coordinator");
  return actors;
}

/** The capacity in which the user takes this action, or a refusal. Third parties learn nothing. */
export async function requireActor(db: Db, user: SessionUser | null, a: AppointmentRow, action: AppointmentAction, preferred?: AppointmentActor) {
  const actors = await actorsOf(db, user, a);
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

/** Who hears about an appointment on each side: the people who asked or answer, else the organisation's admins. */
export async function contactsOf(db: Db, a: AppointmentRow) {
  const [o] = await db.select({ contactUserId: offer.contactUserId, contactEmail: offer.contactEmail }).from(offer).where(eq(offer.id, a.offerId));
  const emailsOfUsers = async (ids: string[]) =>
    ids.length === 0 ? [] : (await db.select({ email: userTable.email }).from(userTable).where(inArray(userTable.id, ids))).map((u) => u.email);
  const adminsOf = async (organisationId: string) =>
    (
      await db
        .select({ email: userTable.email })
        .from(membership)
        .innerJoin(userTable, eq(userTable.id, membership.userId))
        .where(and(eq(membership.organisationId, organisationId), eq(membership.role, "admin")))
    ).map((u) => u.email);

  let school = a.requestedById ? await emailsOfUsers([a.requestedById]) : [];
  if (school.length === 0) school = await adminsOf(a.schoolOrganisationId);
  let provider = o?.contactUserId ? await emailsOfUsers([o.contactUserId]) : [];
  if (provider.length === 0 && o?.contactEmail) provider = [o.contactEmail];
  if (provider.length === 0) provider = await adminsOf(a.providerOrganisationId);
  const coordinators = a.networkId
    ? (
        await db
          .select({ email: userTable.email })
          .from(networkCoordinator)
          .innerJoin(userTable, eq(userTable.id, networkCoordinator.userId))
          .where(eq(networkCoordinator.networkId, a.networkId))
      ).map((u) => u.email)
    : [];
  return { school: [...new Set(school)], provider: [...new Set(provider)], coordinators: [...new Set(coordinators)] };
}

/**
 * Moves a locked appointment through the state machine: the row, the audit event and (for a
 * first answer by the provider) the responded_at that reliability is computed from.
 */
export async function applyTransition(
  tx: Db,
  services: AppServices,
  a: AppointmentRow,
  action: AppointmentAction,
  actor: AppointmentActor,
  actorId: string | null,
  options: { reason?: string | null; patch?: Partial<typeof appointment.$inferInsert> } = {},
): Promise<AppointmentRow> {
  const check = checkTransition(a.state, action, actor);
  if (!check.ok) throw check.reason === "state" ? conflict("appointments.error.state") : forbidden("appointments.error.notYours");
  const now = services.clock.now();
  const stamp: Partial<Record<AppointmentState, keyof AppointmentRow>> = {
    accepted: "acceptedAt",
    declined: "declinedAt",
    expired: "expiredAt",
    scheduled: "scheduledAt",
    took_place: "tookPlaceAt",
    evaluated: "evaluatedAt",
    cancelled: "cancelledAt",
  };
  const patch: Partial<typeof appointment.$inferInsert> = { ...options.patch, state: check.to, updatedAt: now };
  const column = stamp[check.to];
  if (column) (patch as Record<string, unknown>)[column] = now;
  if (action === "schedule" && a.state === "requested") patch.acceptedAt = now;
  const firstAnswer = actor === "provider" && a.respondedAt === null && a.state === "requested";
  if (firstAnswer) patch.respondedAt = now;
  const [updated] = await tx.update(appointment).set(patch).where(eq(appointment.id, a.id)).returning();
  await tx.insert(appointmentEvent).values({ appointmentId: a.id, fromState: a.state, toState: check.to, actorId, reason: options.reason ?? null, at: now });
  if (firstAnswer) await refreshReliability(tx, a.providerOrganisationId, now);
  return updated!;
}

/** Recomputes the provider_reliability cache that matching and the offer pages read. */
export async function refreshReliability(tx: Db, organisationId: string, now: Date) {
  const rows = await tx
    .select({ requestedAt: appointment.requestedAt, respondedAt: appointment.respondedAt, state: appointment.state })
    .from(appointment)
    .where(eq(appointment.providerOrganisationId, organisationId));
  const summary = summariseResponses(countedResponses(rows, now));
  await tx
    .insert(providerReliability)
    .values({ organisationId, ...summary, updatedAt: now })
    .onConflictDoUpdate({ target: providerReliability.organisationId, set: { ...summary, updatedAt: now } });
  return summary;
}

/** Records a one-off step; true when this call did it (false: done before, by this or another run). */
export async function takeStep(tx: Db, appointmentId: string, step: string, at: Date, actorId: string | null = null): Promise<boolean> {
  const rows = await tx.insert(appointmentStep).values({ appointmentId, step, at, actorId }).onConflictDoNothing().returning({ step: appointmentStep.step });
  return rows.length > 0;
}

export async function stepsOf(db: Db, appointmentIds: string[]): Promise<Map<string, Set<string>>> {
  const map = new Map<string, Set<string>>();
  if (appointmentIds.length === 0) return map;
  const rows = await db.select().from(appointmentStep).where(inArray(appointmentStep.appointmentId, appointmentIds));
  for (const r of rows) map.set(r.appointmentId, (map.get(r.appointmentId) ?? new Set()).add(r.step));
  return map;
}

/** Organisation ids in which the user is a member. */
export async function organisationIdsOf(db: Db, user: SessionUser) {
  return (await db.select({ id: membership.organisationId }).from(membership).where(eq(membership.userId, user.id))).map((m) => m.id);
}

/** Postgres unique violation on the "one offer, one date" index. */
export function isDateTaken(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const x = e as { code?: string; constraint?: string; message?: string };
    if (x.code === "23505" && (x.constraint === "appointment_offer_date_taken" || x.message?.includes("appointment_offer_date_taken"))) return true;
  }
  return false;
}

export const activeDateCondition = and(isNotNull(appointment.date), sql`${appointment.state} NOT IN ('declined', 'expired', 'cancelled')`);

/**
 * An agreed lesson that will not happen (called off, or one side did not come) gives the school
 * its request back: open again for offers, editable and withdrawable. An unanswered one never
 * changed the request's status.
 */
export async function reopenRequestAfter(tx: Db, a: Pick<AppointmentRow, "requestId" | "state">, now: Date) {
  if (a.requestId && a.state !== "requested") await tx.update(lessonRequest).set({ status: "open", updatedAt: now }).where(eq(lessonRequest.id, a.requestId));
}
