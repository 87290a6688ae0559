import { and, eq, inArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { courseSession, registration } from "~/db/schema/index.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { invalid, notFound } from "~/domain/errors.ts";
import { findManagedCourse } from "./helpers/managed-course.server.ts";

/**
 * After (or on) the day, the provider ticks who attended: ticked confirmed
 * participants become attended, the others no-show. Can be corrected later.
 */
export async function recordAttendance(
  services: AppServices,
  actor: Actor,
  { slug, sessionId, attendedIds }: { slug: string; sessionId: string; attendedIds: string[] },
) {
  const managed = await findManagedCourse(services.db, actor, slug);
  if (!isUuid(sessionId)) throw notFound("courses.error.sessionNotFound");
  const now = services.clock.now();
  return services.db.transaction(async (tx) => {
    const [session] = await tx.select().from(courseSession).where(and(eq(courseSession.id, sessionId), eq(courseSession.courseId, managed.id))).for("update");
    if (!session) throw notFound("courses.error.sessionNotFound");
    if (session.status === "cancelled") throw invalid("courses.error.sessionIsCancelled");
    if (session.startsAt.getTime() > now.getTime()) throw invalid("courses.error.attendanceTooEarly");
    const participants = await tx
      .select({ id: registration.id })
      .from(registration)
      .where(and(eq(registration.sessionId, sessionId), inArray(registration.status, ["confirmed", "attended", "no_show"])));
    const ticked = new Set(attendedIds);
    let attended = 0;
    for (const p of participants) {
      const status = ticked.has(p.id) ? ("attended" as const) : ("no_show" as const);
      if (status === "attended") attended++;
      await tx.update(registration).set({ status, updatedAt: now }).where(eq(registration.id, p.id));
    }
    return { attended, noShow: participants.length - attended };
  });
}
