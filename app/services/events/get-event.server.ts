import { and, asc, count, eq, inArray, isNotNull } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { eventGroup, eventSlot, network } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { entryPhase } from "~/domain/events/entry.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import { coordinatesEvent, findEvent, organisationsOf, rulesOf } from "./helpers/event-access.server.ts";

/** At most this many places are named on an event's page. */
export const PLACES_SHOWN = 30;

/**
 * An event's public page: what, when, for whom, whether hosts and schools can
 * enter now, and for a signed-in user the links that concern them (their
 * organisations' schedules once published, the coordinator's assignment).
 */
export async function getEvent(services: AppServices, actor: Actor, { slug }: { slug: string }) {
  const row = await findEvent(services.db, actor, slug);
  const coordinator = await coordinatesEvent(services.db, actor, row);
  if (row.status === "draft" && !coordinator) throw notFound();
  const rules = rulesOf(row);
  const today = amsterdamToday(services.clock.now());
  const [net] = row.networkId
    ? await services.db.select({ name: network.name, slug: network.slug, province: network.province }).from(network).where(eq(network.id, row.networkId))
    : [];
  // Where the visits happen: the places of the hosts' slots, never their addresses (the page names no host).
  const places = await services.db
    .selectDistinct({ place: eventSlot.place })
    .from(eventSlot)
    .where(and(eq(eventSlot.eventId, row.id), isNotNull(eventSlot.place)))
    .orderBy(asc(eventSlot.place))
    .limit(PLACES_SHOWN);
  const [slots] = await services.db.select({ n: count() }).from(eventSlot).where(eq(eventSlot.eventId, row.id));
  const [groups] = await services.db.select({ n: count() }).from(eventGroup).where(eq(eventGroup.eventId, row.id));

  const companies = await organisationsOf(services.db, actor, "host");
  const schools = await organisationsOf(services.db, actor, "school");
  // Schedules a user may open: their organisations that take part in this event.
  const taking = new Set<string>();
  if (companies.length) {
    const hosting = await services.db
      .selectDistinct({ id: eventSlot.hostOrganisationId })
      .from(eventSlot)
      .where(and(eq(eventSlot.eventId, row.id), inArray(eventSlot.hostOrganisationId, companies.map((c) => c.id))));
    for (const h of hosting) taking.add(h.id);
  }
  if (schools.length) {
    const entered = await services.db
      .selectDistinct({ id: eventGroup.schoolOrganisationId })
      .from(eventGroup)
      .where(and(eq(eventGroup.eventId, row.id), inArray(eventGroup.schoolOrganisationId, schools.map((s) => s.id))));
    for (const r of entered) taking.add(r.id);
  }
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
      targetLevels: row.targetLevels,
      girlsOnly: row.girlsOnly,
      minGroupSize: row.minGroupSize,
      defaultMaxKm: row.defaultMaxKm,
      hostRegistrationOpensOn: row.hostRegistrationOpensOn,
      hostRegistrationClosesOn: row.hostRegistrationClosesOn,
      schoolRegistrationOpensOn: row.schoolRegistrationOpensOn,
      schoolRegistrationClosesOn: row.schoolRegistrationClosesOn,
    },
    network: net ?? null,
    places: places.map((p) => p.place!),
    hostPhase: entryPhase(rules, "host", today),
    schoolPhase: entryPhase(rules, "school", today),
    slotCount: slots?.n ?? 0,
    groupCount: groups?.n ?? 0,
    coordinator,
    signedIn: actor !== null,
    published: row.status === "published" || row.status === "done",
    myOrganisations: [...companies.map((c) => ({ ...c, kind: "host" as const })), ...schools.map((s) => ({ ...s, kind: "school" as const }))]
      .filter((o) => taking.has(o.id))
      .map((o) => ({ slug: o.slug, name: o.name, kind: o.kind })),
    canHost: companies.length > 0,
    canEnterGroups: schools.length > 0,
  };
}
