import { and, asc, eq, gt, inArray } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import { course, courseSession, registration } from "~/db/schema/index.ts";
import type { PendingItem } from "~/domain/home/pending.ts";

/** A person's own course places to come: a vacancy or a held place to confirm before it lapses, a place or a waiting-list spot. */
export async function employeeItems(services: Pick<AppServices, "db" | "clock">, userId: string): Promise<PendingItem[]> {
  const rows = await services.db
    .select({
      id: registration.id,
      status: registration.status,
      position: registration.waitlistPosition,
      expiresAt: registration.expiresAt,
      title: course.title,
      startsAt: courseSession.startsAt,
    })
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
    .limit(30);
  return rows.map((r) => {
    const toConfirm = r.status === "offered" || r.status === "pending_confirmation";
    return {
      key: `registration-${r.id}`,
      kind: r.status === "offered" ? ("vacancy" as const) : r.status === "pending_confirmation" ? ("confirmPlace" as const) : ("registration" as const),
      state: r.status,
      title: r.title,
      href: `/aanmelding/${r.id}`,
      due: toConfirm && r.expiresAt ? r.expiresAt.toISOString() : r.startsAt.toISOString(),
      action: toConfirm,
      ...(r.position !== null && r.status === "waitlisted" ? { count: r.position } : {}),
    };
  });
}
