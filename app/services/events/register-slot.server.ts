import type { AppServices, SessionUser } from "~/context.ts";
import { eventSlot, organisation } from "~/db/schema/index.ts";
import { conflict, forbidden, invalid, notFound } from "~/domain/errors.ts";
import { checkSlot, dutchDate, registrationPhase } from "~/domain/events/registration.ts";
import { locateAddress } from "~/services/organisations/locate-address.server.ts";
import { eq } from "drizzle-orm";
import { findEvent, HOST_KINDS, isMemberOf, rulesOf } from "./event-support.server.ts";

export type SlotInput = {
  slug: string;
  hostOrganisationId: string;
  window: string;
  capacityPupils: number | null;
  maxGroups: number | null;
  levels: string[];
  sector: string | null;
  activity: string;
  street: string | null;
  postcode: string | null;
  place: string | null;
  accessibilityNotes: string;
};

/**
 * A host company offers a visit slot. Any member of the company may do so
 * while host registration is open. The address defaults to the company's; a
 * different address must be one the geocoder finds, since the engine measures
 * travel distance from it.
 */
export async function registerSlot(services: AppServices, actor: SessionUser | null, input: SlotInput) {
  if (!actor) throw forbidden();
  const row = await findEvent(services.db, input.slug);
  const rules = rulesOf(row);
  if (registrationPhase(rules, "host", dutchDate(services.clock.now())) !== "open") throw conflict("events.error.hostRegistrationClosed");
  checkSlot(rules, input);
  if (!(await isMemberOf(services.db, actor, input.hostOrganisationId))) throw forbidden();
  const [host] = await services.db.select().from(organisation).where(eq(organisation.id, input.hostOrganisationId)).limit(1);
  if (!host) throw notFound();
  if (!HOST_KINDS.includes(host.kind as "company")) throw invalid("events.error.notACompany", "hostOrganisationId");

  const where = await slotLocation(services, host, input);

  const [created] = await services.db
    .insert(eventSlot)
    .values({
      eventId: row.id,
      hostOrganisationId: host.id,
      createdById: actor.id,
      window: input.window,
      capacityPupils: input.capacityPupils,
      maxGroups: input.maxGroups,
      levels: input.levels,
      sector: input.sector,
      activity: input.activity.trim(),
      street: where.street,
      postcode: where.postcode,
      place: where.place,
      lat: where.lat,
      lon: where.lon,
      accessibilityNotes: input.accessibilityNotes.trim(),
      createdAt: services.clock.now(),
    })
    .returning({ id: eventSlot.id });
  return { id: created!.id };
}

type Address = { street: string | null; postcode: string | null; place: string | null };

/** Where the visit happens: the address given (it must be found), else the host's own. */
export async function slotLocation(services: AppServices, host: Address & { lat: number | null; lon: number | null }, input: Address) {
  let where = { street: host.street, postcode: host.postcode, place: host.place, lat: host.lat, lon: host.lon };
  if (input.street || input.postcode || input.place) {
    const located = await locateAddress(services, { street: input.street, postcode: input.postcode, place: input.place });
    if (!located) throw invalid("events.error.addressUnknown", "place");
    where = { street: input.street, postcode: input.postcode, place: input.place ?? located.place, lat: located.lat, lon: located.lon };
  }
  if (where.lat == null || where.lon == null) throw invalid("events.error.addressMissing", "place");
  return { ...where, lat: where.lat, lon: where.lon };
}
