import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { eventGroup, organisation } from "~/db/schema/index.ts";
import { conflict, forbidden, invalid, notFound } from "~/domain/errors.ts";
import { checkGroup, entryPhase } from "~/domain/events/entry.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import { entersFor, findEvent, rulesOf } from "./helpers/event-access.server.ts";

export type GroupEntry = {
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
 * A school enters a class (its group): a label such as "3 kader B", its size and
 * level, when it can come, how far it can travel and up to five wishes.
 * Never pupils' names. The group travels from the school's address.
 */
export async function registerGroup(services: AppServices, actor: Actor, input: GroupEntry) {
  if (!actor) throw forbidden();
  const row = await findEvent(services.db, actor, input.slug);
  const rules = rulesOf(row);
  if (entryPhase(rules, "school", amsterdamToday(services.clock.now())) !== "open") throw conflict("events.error.schoolEntryClosed");
  checkGroup(rules, input);
  if (!(await entersFor(services.db, actor, input.schoolOrganisationId))) throw forbidden();
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
