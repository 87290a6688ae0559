import { and, asc, eq, gt, inArray } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import { course, courseSession, registration, trainingNeed } from "~/db/schema/index.ts";
import { coverage } from "~/domain/courses/matching.ts";
import { sessionAttention, type PendingItem } from "~/domain/home/pending.ts";
import { jsonRows, named, part, type Part } from "./parts.server.ts";

type CompanyCourseRows = {
  places: { id: string; status: string; name: string; expiresAt: string | null; courseTitle: string; startsAt: string }[];
  needs: { id: string; topic: string; description: string; periodStart: string | null; count: number }[];
};

type ProviderCourseRows = {
  sessions: { id: string; slug: string; title: string; startsAt: string; deadline: string; placesTaken: number; capacity: number; minParticipants: number }[];
  courses: { topics: string[]; searchText: string; status: string }[];
  needs: { topic: string; description: string }[];
};

const OPEN_PLACES = ["pending_confirmation", "offered", "waitlisted", "confirmed"] as const;

/** A company contact's part of courses: the employees' places on sessions to come, and the open training needs. */
export function companyCoursePart(services: Pick<AppServices, "db" | "clock">, companyIds: string[]): Part | null {
  if (companyIds.length === 0) return null;
  const { db } = services;
  const now = services.clock.now();
  const columns = {
    places: jsonRows<CompanyCourseRows["places"][number]>(
      db
        .select(named({
          id: registration.id,
          status: registration.status,
          name: registration.participantName,
          expiresAt: registration.expiresAt,
          courseTitle: course.title,
          startsAt: courseSession.startsAt,
        }))
        .from(registration)
        .innerJoin(courseSession, eq(courseSession.id, registration.sessionId))
        .innerJoin(course, eq(course.id, courseSession.courseId))
        .where(and(inArray(registration.organisationId, companyIds), inArray(registration.status, [...OPEN_PLACES]), gt(courseSession.startsAt, now)))
        .orderBy(asc(courseSession.startsAt))
        .limit(30),
    ),
    needs: jsonRows<CompanyCourseRows["needs"][number]>(
      db
        .select(named({ id: trainingNeed.id, topic: trainingNeed.topic, description: trainingNeed.description, periodStart: trainingNeed.periodStart, count: trainingNeed.employeeCount }))
        .from(trainingNeed)
        .where(and(inArray(trainingNeed.organisationId, companyIds), eq(trainingNeed.status, "open")))
        .orderBy(asc(trainingNeed.periodStart))
        .limit(20),
    ),
  };
  return part<CompanyCourseRows>(columns, ({ places, needs }) => {
    return [
      ...places.map((p) => ({
        key: `place-${p.id}`,
        kind: "employeeRegistration" as const,
        state: p.status,
        title: `${p.name} — ${p.courseTitle}`,
        href: `/aanmelding/${p.id}`,
        // A held or offered place lapses at its expiry; any other place matters when the session starts.
        due: (p.status === "pending_confirmation" || p.status === "offered") && p.expiresAt ? new Date(p.expiresAt).toISOString() : new Date(p.startsAt).toISOString(),
        action: false,
      })),
      ...needs.map((n) => ({
        key: `need-${n.id}`,
        kind: "trainingNeed" as const,
        title: n.description || n.topic,
        href: `/behoeften/${n.id}`,
        due: n.periodStart,
        action: false,
        count: n.count,
      })),
    ];
  });
}

/** A provider's part: sessions to come below their minimum or filling up, and open needs its courses cover. */
export function providerCoursePart(services: Pick<AppServices, "db" | "clock">, providerIds: string[]): Part | null {
  if (providerIds.length === 0) return null;
  const { db } = services;
  const now = services.clock.now();
  const columns = {
    sessions: jsonRows<ProviderCourseRows["sessions"][number]>(
      db
        .select(named({
          id: courseSession.id,
          slug: course.slug,
          title: course.title,
          startsAt: courseSession.startsAt,
          deadline: courseSession.registrationDeadline,
          placesTaken: courseSession.placesTaken,
          capacity: courseSession.capacity,
          minParticipants: courseSession.minParticipants,
        }))
        .from(courseSession)
        .innerJoin(course, eq(course.id, courseSession.courseId))
        .where(and(inArray(course.providerId, providerIds), eq(courseSession.status, "scheduled"), gt(courseSession.startsAt, now)))
        .orderBy(asc(courseSession.startsAt))
        .limit(50),
    ),
    courses: jsonRows<ProviderCourseRows["courses"][number]>(
      db
        .select(named({ topics: course.topics, searchText: course.searchText, status: course.status }))
        .from(course)
        .where(and(inArray(course.providerId, providerIds), eq(course.status, "published"))),
    ),
    // Needs are the companies' business: the provider sees how many its courses cover, not whose.
    needs: jsonRows<ProviderCourseRows["needs"][number]>(
      db.select(named({ topic: trainingNeed.topic, description: trainingNeed.description })).from(trainingNeed).where(eq(trainingNeed.status, "open")).limit(1000),
    ),
  };
  return part<ProviderCourseRows>(columns, ({ sessions, courses, needs }) => {
    const items: PendingItem[] = [];
    for (const s of sessions) {
      const attention = sessionAttention(s);
      if (!attention) continue;
      items.push({
        key: `session-${s.id}`,
        kind: attention === "belowMinimum" ? "sessionBelowMinimum" : "sessionFilling",
        title: s.title,
        href: `/cursussen/${s.slug}/sessies/${s.id}/deelnemers`,
        // Below the minimum, the registration deadline is when it must be decided; filling, the start.
        due: new Date(attention === "belowMinimum" ? s.deadline : s.startsAt).toISOString(),
        startsAt: new Date(s.startsAt).toISOString(),
        action: attention === "belowMinimum",
        count: s.placesTaken,
        of: attention === "belowMinimum" ? s.minParticipants : s.capacity,
      });
    }
    const matching = needs.filter((n) => courses.some((c) => coverage(n, c).covers)).length;
    if (matching > 0) items.push({ key: "needs", kind: "needMatch", title: "", href: "/behoeften/overzicht", due: null, action: false, count: matching });
    return items;
  });
}
