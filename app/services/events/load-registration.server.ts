import { and, asc, eq, inArray } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import { eventGroup, eventSlot, organisation } from "~/db/schema/index.ts";
import { forbidden } from "~/domain/errors.ts";
import { dutchDate, registrationPhase } from "~/domain/events/registration.ts";
import { findEvent, organisationsOf, rulesOf } from "./event-support.server.ts";

/**
 * What a host's or a school's registration page needs: the user's
 * organisations of that kind, what they registered already, and for schools
 * the hosts and sectors they can name as wishes.
 */
export async function loadRegistration(services: AppServices, actor: SessionUser | null, slug: string, who: "host" | "school") {
  if (!actor) throw forbidden();
  const row = await findEvent(services.db, slug);
  const rules = rulesOf(row);
  const phase = registrationPhase(rules, who, dutchDate(services.clock.now()));
  const organisations = await organisationsOf(services.db, actor, who);
  const ids = organisations.map((o) => o.id);
  const eventInfo = {
    slug: row.slug,
    name: row.name,
    windows: row.windows,
    targetLevels: row.targetLevels,
    girlsOnly: row.girlsOnly,
    minGroupSize: row.minGroupSize,
    defaultMaxKm: row.defaultMaxKm,
  };
  if (who === "host") {
    const slots = ids.length
      ? await services.db
          .select({
            id: eventSlot.id,
            hostName: organisation.name,
            window: eventSlot.window,
            capacityPupils: eventSlot.capacityPupils,
            maxGroups: eventSlot.maxGroups,
            levels: eventSlot.levels,
            activity: eventSlot.activity,
            place: eventSlot.place,
          })
          .from(eventSlot)
          .innerJoin(organisation, eq(organisation.id, eventSlot.hostOrganisationId))
          .where(and(eq(eventSlot.eventId, row.id), inArray(eventSlot.hostOrganisationId, ids)))
          .orderBy(asc(eventSlot.createdAt))
      : [];
    return { event: eventInfo, phase, organisations: organisations.map((o) => ({ id: o.id, name: o.name, place: o.place })), slots, groups: [], hosts: [], sectors: [] };
  }
  const groups = ids.length
    ? await services.db
        .select({
          id: eventGroup.id,
          schoolName: organisation.name,
          label: eventGroup.label,
          size: eventGroup.size,
          level: eventGroup.level,
          windows: eventGroup.windows,
          maxKm: eventGroup.maxKm,
          preferences: eventGroup.preferences,
        })
        .from(eventGroup)
        .innerJoin(organisation, eq(organisation.id, eventGroup.schoolOrganisationId))
        .where(and(eq(eventGroup.eventId, row.id), inArray(eventGroup.schoolOrganisationId, ids)))
        .orderBy(asc(eventGroup.createdAt))
    : [];
  const hostRows = await services.db
    .selectDistinct({ id: organisation.id, name: organisation.name, sector: organisation.sector, slotSector: eventSlot.sector })
    .from(eventSlot)
    .innerJoin(organisation, eq(organisation.id, eventSlot.hostOrganisationId))
    .where(eq(eventSlot.eventId, row.id));
  const hosts = [...new Map(hostRows.map((h) => [h.id, { id: h.id, name: h.name }])).values()].sort((a, b) => a.name.localeCompare(b.name, "nl"));
  const sectors = [...new Set(hostRows.flatMap((h) => [h.slotSector ?? h.sector].filter((s): s is string => !!s)))].sort((a, b) => a.localeCompare(b, "nl"));
  return {
    event: eventInfo,
    phase,
    organisations: organisations.map((o) => ({ id: o.id, name: o.name, place: o.place })),
    slots: [],
    groups,
    hosts,
    sectors,
  };
}
