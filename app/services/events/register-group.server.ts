import { eq } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import { eventGroup, organisation } from "~/db/schema/index.ts";
import { conflict, forbidden, invalid, notFound } from "~/domain/errors.ts";
import { checkGroup, dutchDate, registrationPhase } from "~/domain/events/registration.ts";
import { findEvent, isMemberOf, rulesOf } from "./event-support.server.ts";

export type GroupInput = {
  slug: string;
  schoolOrganisationId: string;
  label: string;
  size: number;
  level: string;
  windows: string[];
  preferences: ({ hostId: string } | { sector: string })[];
  maxKm: number | null;
  girlsOnlyConfirmed: boolean;
};

/**
 * A school registers a class: a label such as "3 kader B", its size and
 * level, when it can come, how far it can travel and up to five wishes.
 * Never pupils' names. The group travels from the school's address.
 */
export async function registerGroup(services: AppServices, actor: SessionUser | null, input: GroupInput) {
  if (!actor) throw forbidden();
  const row = await findEvent(services.db, input.slug);
  const rules = rulesOf(row);
  if (registrationPhase(rules, "school", dutchDate(services.clock.now())) !== "open") throw conflict("events.error.schoolRegistrationClosed");
  checkGroup(rules, input);
  if (!(await isMemberOf(services.db, actor, input.schoolOrganisationId))) throw forbidden();
  const [school] = await services.db.select().from(organisation).where(eq(organisation.id, input.schoolOrganisationId)).limit(1);
  if (!school) throw notFound();
  if (school.kind !== "school") throw invalid("events.error.notASchool", "schoolOrganisationId");
  if (school.lat == null || school.lon == null) throw invalid("events.error.schoolAddressMissing", "schoolOrganisationId");

  const [created] = await services.db
    .insert(eventGroup)
    .values({
      eventId: row.id,
      schoolOrganisationId: school.id,
      registeredById: actor.id,
      label: input.label.trim(),
      size: input.size,
      level: input.level,
      windows: input.windows,
      preferences: input.preferences,
      maxKm: input.maxKm,
      girlsOnlyConfirmed: input.girlsOnlyConfirmed,
      createdAt: services.clock.now(),
    })
    .returning({ id: eventGroup.id });
  return { id: created!.id };
}
