import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { appointment, membership, networkCoordinator, offer, organisation, user as userTable } from "~/db/schema/index.ts";
import { isUuid } from "~/domain/common/ids.ts";

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
