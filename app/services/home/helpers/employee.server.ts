import { and, asc, eq, gt, inArray } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import { course, courseSession, registration } from "~/db/schema/index.ts";
import { jsonRows, named, part, type Part } from "./parts.server.ts";

type EmployeeRows = { places: { id: string; status: string; position: number | null; expiresAt: string | null; title: string; startsAt: string }[] };

/** A person's own course places to come: a vacancy or a held place to confirm before it lapses, a place or a waiting-list spot. */
export function employeePart(services: Pick<AppServices, "db" | "clock">, userId: string): Part {
  const columns = {
    places: jsonRows<EmployeeRows["places"][number]>(
      services.db
        .select(named({
          id: registration.id,
          status: registration.status,
          position: registration.waitlistPosition,
          expiresAt: registration.expiresAt,
          title: course.title,
          startsAt: courseSession.startsAt,
        }))
        .from(registration)
        .innerJoin(courseSession, eq(courseSession.id, registration.sessionId))
        .innerJoin(course, eq(course.id, courseSession.courseId))
        .where(
          and(
            eq(registration.userId, userId),
            inArray(registration.status, ["offered", "pending_confirmation", "confirmed", "waitlisted"]),
            gt(courseSession.startsAt, services.clock.now()),
          ),
        )
        .orderBy(asc(courseSession.startsAt))
        .limit(30),
    ),
  };
  return part<EmployeeRows>(columns, ({ places }) =>
    places.map((r) => {
      const toConfirm = r.status === "offered" || r.status === "pending_confirmation";
      return {
        key: `registration-${r.id}`,
        kind: r.status === "offered" ? ("vacancy" as const) : r.status === "pending_confirmation" ? ("confirmPlace" as const) : ("registration" as const),
        state: r.status,
        title: r.title,
        href: `/aanmelding/${r.id}`,
        due: toConfirm && r.expiresAt ? new Date(r.expiresAt).toISOString() : new Date(r.startsAt).toISOString(),
        action: toConfirm,
        ...(r.position !== null && r.status === "waitlisted" ? { count: r.position } : {}),
      };
    }),
  );
}
