import { and, asc, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { course, courseSession, network, networkLocation, organisation, registration } from "~/db/schema/index.ts";
import { normaliseEmail, placesLeft } from "~/domain/courses/rules.ts";
import { notFound } from "~/domain/errors.ts";
import { can } from "~/services/common/permissions.server.ts";
import { organisationChoices } from "./helpers/organisation-scope.server.ts";

/**
 * A course page: the course, its provider and network, its sessions with the
 * places left and the waiting list's length, and (signed in) the visitor's
 * own registrations and the companies they can register employees for.
 * Drafts and archived courses are visible to the provider's people only.
 */
export async function getCourse(services: AppServices, actor: Actor, input: { slug: string; companyQuery?: string }) {
  const { slug } = input;
  const [row] = await services.db
    .select({
      course,
      provider: { name: organisation.name, slug: organisation.slug, website: organisation.website },
      network: { name: network.name, slug: network.slug },
    })
    .from(course)
    .innerJoin(organisation, eq(organisation.id, course.providerId))
    .leftJoin(network, eq(network.id, course.networkId))
    .where(eq(course.slug, slug))
    .limit(1);
  if (!row) throw notFound("courses.error.courseNotFound");
  const canManage = await can(services.db, actor, "course.manage", { organisationId: row.course.providerId });
  if (row.course.status !== "published" && !canManage) throw notFound("courses.error.courseNotFound");
  const now = services.clock.now();

  const sessions = await services.db
    .select({
      id: courseSession.id,
      startsAt: courseSession.startsAt,
      endsAt: courseSession.endsAt,
      capacity: courseSession.capacity,
      placesTaken: courseSession.placesTaken,
      minParticipants: courseSession.minParticipants,
      registrationDeadline: courseSession.registrationDeadline,
      status: courseSession.status,
      address: courseSession.address,
      place: courseSession.place,
      hubName: networkLocation.name,
      hubKind: networkLocation.kind,
      hubPlace: networkLocation.place,
      waiting: sql<number>`(select count(*)::int from ${registration} r where r.session_id = ${courseSession.id} and r.status = 'waitlisted')`,
    })
    .from(courseSession)
    .leftJoin(networkLocation, eq(networkLocation.id, courseSession.locationId))
    .where(and(eq(courseSession.courseId, row.course.id), sql`${courseSession.endsAt} > ${now}`))
    .orderBy(asc(courseSession.startsAt));

  const mine = actor && sessions.length
    ? await services.db
        .select({ id: registration.id, sessionId: registration.sessionId, status: registration.status, position: registration.waitlistPosition })
        .from(registration)
        .where(
          and(
            inArray(registration.sessionId, sessions.map((s) => s.id)),
            eq(registration.participantEmail, normaliseEmail(actor.email)),
            notInArray(registration.status, ["cancelled", "expired"]),
          ),
        )
    : [];
  // The companies one may register employees for: one's own, or found by name when acting for every company.
  const companies = await organisationChoices(services.db, actor, "company", { query: input.companyQuery });

  const c = row.course;
  return {
    // What the page shows, nothing more: no creator's id, no search text.
    course: {
      id: c.id,
      slug: c.slug,
      title: c.title,
      summary: c.summary,
      description: c.description,
      topics: c.topics,
      targetGroups: c.targetGroups,
      level: c.level,
      format: c.format,
      duration: c.duration,
      priceCents: c.priceCents,
      leadsTo: c.leadsTo,
      status: c.status,
    },
    provider: row.provider,
    network: row.network?.slug ? row.network : null,
    sessions: sessions.map((s) => ({
      ...s,
      waiting: Number(s.waiting),
      placesLeft: placesLeft(s.capacity, s.placesTaken),
      online: !s.hubName && !s.place ? true : s.hubKind === "online",
      location: s.hubName ? `${s.hubName}${s.hubPlace ? `, ${s.hubPlace}` : ""}` : [s.address, s.place].filter(Boolean).join(", ") || "Online",
      open: s.status === "scheduled" && now.getTime() <= s.registrationDeadline.getTime(),
      mine: mine.find((m) => m.sessionId === s.id) ?? null,
    })),
    canManage,
    companies: row.course.status === "published" ? companies.choices : [],
    companyQuery: companies.query,
    companySearchable: companies.searchable,
    mayRegisterEmployees: row.course.status === "published" && (companies.searchable || companies.choices.length > 0),
  };
}
