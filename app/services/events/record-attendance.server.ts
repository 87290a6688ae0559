import { and, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { attendance, event, eventAssignment, eventGroup, eventSlot } from "~/db/schema/index.ts";
import { conflict, forbidden, invalid, notFound } from "~/domain/errors.ts";
import { attendanceError, visitStartsAt } from "~/domain/events/attendance.ts";
import { can } from "~/services/common/permissions.server.ts";
import { findEvent } from "./helpers/event-access.server.ts";

export type AttendanceInput = { slug: string; assignmentId: string; status: "present" | "absent"; pupilsPresent: number | null };

/** From the start of the visit, a host records per group whether it came and with how many pupils. */
export async function recordAttendance(services: AppServices, actor: Actor, input: AttendanceInput) {
  if (!actor) throw forbidden();
  const row = await findEvent(services.db, actor, input.slug);
  if (row.status !== "published" && row.status !== "done") throw conflict("events.schedule.notPublished");
  const [found] = await services.db
    .select({ hostId: eventSlot.hostOrganisationId, size: eventGroup.size, window: eventSlot.window })
    .from(eventAssignment)
    .innerJoin(eventSlot, eq(eventSlot.id, eventAssignment.slotId))
    .innerJoin(eventGroup, eq(eventGroup.id, eventAssignment.groupId))
    .innerJoin(event, eq(event.id, eventAssignment.eventId))
    .where(and(eq(eventAssignment.id, input.assignmentId), eq(eventAssignment.eventId, row.id)));
  if (!found) throw notFound();
  if (!(await can(services.db, actor, "event.record_attendance", { organisationId: found.hostId }))) throw forbidden();
  const now = services.clock.now();
  const tooEarly = attendanceError(visitStartsAt(row, found.window), now);
  if (tooEarly) throw invalid(tooEarly, "status");
  const pupils = input.status === "absent" ? 0 : input.pupilsPresent;
  if (pupils != null && (pupils < 0 || pupils > found.size * 2)) throw invalid("events.error.pupilsPresent", "pupilsPresent");
  await services.db
    .insert(attendance)
    .values({ assignmentId: input.assignmentId, status: input.status, pupilsPresent: pupils, recordedById: actor.id, recordedAt: now })
    .onConflictDoUpdate({ target: attendance.assignmentId, set: { status: input.status, pupilsPresent: pupils, recordedById: actor.id, recordedAt: now } });
}
