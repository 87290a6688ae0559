import { and, desc, eq, notInArray, or } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { course, courseSession, registration } from "~/db/schema/index.ts";
import { normaliseEmail } from "~/domain/courses/rules.ts";

/** The signed-in person's own registrations (by account or by address), newest sessions first. */
export async function listMyRegistrations(services: AppServices, actor: Actor) {
  if (!actor) return [];
  return services.db
    .select({
      id: registration.id,
      status: registration.status,
      position: registration.waitlistPosition,
      courseTitle: course.title,
      courseSlug: course.slug,
      startsAt: courseSession.startsAt,
      endsAt: courseSession.endsAt,
    })
    .from(registration)
    .innerJoin(courseSession, eq(courseSession.id, registration.sessionId))
    .innerJoin(course, eq(course.id, courseSession.courseId))
    .where(
      and(
        or(eq(registration.userId, actor.id), eq(registration.participantEmail, normaliseEmail(actor.email))),
        notInArray(registration.status, ["cancelled", "expired", "no_show"]),
      ),
    )
    .orderBy(desc(courseSession.startsAt))
    .limit(20);
}
