import type { Actor, AppServices } from "~/context.ts";
import { orderByUrgency, type HomeRole, type PendingItem, type Urgency } from "~/domain/home/pending.ts";
import { can } from "~/services/common/permissions.server.ts";
import { adminPart } from "./helpers/admin.server.ts";
import { coordinatorPart } from "./helpers/coordinator.server.ts";
import { companyCoursePart, providerCoursePart } from "./helpers/courses.server.ts";
import { employeePart } from "./helpers/employee.server.ts";
import { eventEntryPart, offeringPart } from "./helpers/offering.server.ts";
import { readParts, type Part } from "./helpers/parts.server.ts";
import { NEAR_KM, latestNews, mapLocationCount, upcoming } from "./helpers/public.server.ts";
import { teacherPart } from "./helpers/teacher.server.ts";
import { upcomingLessonsPart } from "./helpers/lessons.server.ts";
import { idsOf, personOf, type Person } from "./helpers/roles.server.ts";

export type HomeSection = { role: HomeRole; organisations: string[]; items: (PendingItem & { urgency: Urgency })[] };

/**
 * The home page. A visitor gets what the platform holds for everyone: what is coming up (near a
 * place, when they name one), the latest news and the networks on the map. A signed-in person
 * gets, for each role they hold, what waits for them, most urgent first.
 */
export async function getHome(services: AppServices, actor: Actor, input: { near: string }) {
  if (!actor) {
    const place = input.near ? await services.geocoder.geocode({ place: input.near, postcode: input.near }).catch(() => null) : null;
    const [coming, news, mapCount] = await Promise.all([upcoming(services, place), latestNews(services), mapLocationCount(services)]);
    return {
      signedIn: false as const,
      near: { query: input.near, place: place?.place ?? null, found: !input.near || place !== null, km: NEAR_KM },
      upcoming: coming,
      news,
      /** The map's markers are fetched by the map when it is shown; the page says how many. */
      mapCount,
    };
  }
  // The news does not depend on who is asking: it goes out beside the person's own look-up, not
  // after the sections, so a signed-in home waits for two rounds of statements instead of three.
  const platformAdmin = await can(services.db, actor, "platform.admin");
  const [person, news] = await Promise.all([personOf(services, actor.id, { platformAdmin }), latestNews(services)]);
  // Every role's reads in one statement, whatever roles the person holds (ADR 024).
  const parts = person.roles.map((role) => partsOf(services, person, role));
  const items = await readParts(services.db, parts.flat());
  const now = services.clock.now();
  let next = 0;
  const sections: HomeSection[] = person.roles.map((role, i) => {
    const own = items.slice(next, (next += parts[i]!.length)).flat();
    return { role, organisations: namesOf(person, role), items: orderByUrgency(own, now) };
  });
  return { signedIn: true as const, name: actor.name, sections, news };
}

const KINDS: Record<HomeRole, string[]> = { teacher: ["school"], company: ["company"], provider: ["provider"], coordinator: [], employee: [], administrator: [] };

/** The names a section is for: the networks a coordinator coordinates, or the organisations of the role's kind. */
const namesOf = (person: Person, role: HomeRole) =>
  role === "coordinator" ? person.networks.map((n) => n.name) : person.organisations.filter((o) => KINDS[role].includes(o.kind)).map((o) => o.name);

/** What a role's section reads; a part that has nothing to look in (no school, no network) is left out. */
function partsOf(services: AppServices, person: Person, role: HomeRole): Part[] {
  const orgs = idsOf(person.organisations, ...KINDS[role]);
  const parts = {
    coordinator: () => [coordinatorPart(services, person.networks.map((n) => n.id))],
    teacher: () => [teacherPart(services, orgs), upcomingLessonsPart(services, "school", orgs), eventEntryPart(services, orgs, "school")],
    company: () => [offeringPart(services, orgs), upcomingLessonsPart(services, "provider", orgs), eventEntryPart(services, orgs, "host"), companyCoursePart(services, orgs)],
    provider: () => [offeringPart(services, orgs), upcomingLessonsPart(services, "provider", orgs), eventEntryPart(services, orgs, "host"), providerCoursePart(services, orgs)],
    employee: () => [employeePart(services, person.userId)],
    administrator: () => [adminPart(services)],
  }[role]();
  return parts.filter((p): p is Part => p !== null);
}
