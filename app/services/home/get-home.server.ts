import type { Actor, AppServices } from "~/context.ts";
import { orderByUrgency, type HomeRole, type PendingItem, type Urgency } from "~/domain/home/pending.ts";
import { can } from "~/services/common/permissions.server.ts";
import { adminItems } from "./helpers/admin.server.ts";
import { coordinatorItems } from "./helpers/coordinator.server.ts";
import { companyCourseItems, providerCourseItems } from "./helpers/courses.server.ts";
import { employeeItems } from "./helpers/employee.server.ts";
import { eventEntryItems, offeringItems } from "./helpers/offering.server.ts";
import { NEAR_KM, latestNews, mapLocations, upcoming } from "./helpers/public.server.ts";
import { teacherItems } from "./helpers/teacher.server.ts";
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
    const [coming, news, locations] = await Promise.all([upcoming(services, place), latestNews(services), mapLocations(services)]);
    return {
      signedIn: false as const,
      near: { query: input.near, place: place?.place ?? null, found: !input.near || place !== null, km: NEAR_KM },
      upcoming: coming,
      news,
      locations,
    };
  }
  // The news does not depend on who is asking: it goes out beside the person's own look-up, not
  // after the sections, so a signed-in home waits for two rounds of statements instead of three.
  const platformAdmin = await can(services.db, actor, "platform.admin");
  const [person, news] = await Promise.all([personOf(services, actor.id, { platformAdmin }), latestNews(services)]);
  const sections = await Promise.all(person.roles.map((role) => sectionOf(services, person, role)));
  return { signedIn: true as const, name: actor.name, sections, news };
}

async function sectionOf(services: AppServices, person: Person, role: HomeRole): Promise<HomeSection> {
  const kinds: string[] = { teacher: ["school"], company: ["company"], provider: ["provider"], coordinator: [], employee: [], administrator: [] }[role];
  const orgs = idsOf(person.organisations, ...kinds);
  let items: PendingItem[];
  switch (role) {
    case "coordinator":
      items = await coordinatorItems(services, person.networks.map((n) => n.id));
      break;
    case "teacher":
      items = (await Promise.all([teacherItems(services, orgs), eventEntryItems(services, orgs, "school")])).flat();
      break;
    case "company":
      items = (await Promise.all([offeringItems(services, orgs), eventEntryItems(services, orgs, "host"), companyCourseItems(services, orgs)])).flat();
      break;
    case "provider":
      items = (await Promise.all([offeringItems(services, orgs), eventEntryItems(services, orgs, "host"), providerCourseItems(services, orgs)])).flat();
      break;
    case "employee":
      items = await employeeItems(services, person.userId);
      break;
    case "administrator":
      items = await adminItems(services);
      break;
  }
  const names = role === "coordinator" ? person.networks.map((n) => n.name) : person.organisations.filter((o) => kinds.includes(o.kind)).map((o) => o.name);
  return { role, organisations: names, items: orderByUrgency(items, services.clock.now()) };
}
