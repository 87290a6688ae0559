import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { course, courseSession, networkLocation, organisation } from "~/db/schema/index.ts";
import { cancellationRefusal, vacancyAcceptanceRefusal } from "~/domain/courses/rules.ts";
import { findAccessibleRegistration, type RegistrationKey } from "./helpers/registration-access.server.ts";

/** A registration as its participant (or employer) sees it: status, waiting-list position, what they can do now. */
export async function getRegistration(services: AppServices, actor: Actor, input: RegistrationKey) {
  const { registration: r } = await findAccessibleRegistration(services.db, actor, input);
  const [context] = await services.db
    .select({
      courseTitle: course.title,
      courseSlug: course.slug,
      providerName: organisation.name,
      startsAt: courseSession.startsAt,
      endsAt: courseSession.endsAt,
      deadline: courseSession.registrationDeadline,
      sessionStatus: courseSession.status,
      place: courseSession.place,
      address: courseSession.address,
      hubName: networkLocation.name,
    })
    .from(courseSession)
    .innerJoin(course, eq(course.id, courseSession.courseId))
    .innerJoin(organisation, eq(organisation.id, course.providerId))
    .leftJoin(networkLocation, eq(networkLocation.id, courseSession.locationId))
    .where(eq(courseSession.id, r.sessionId));
  const now = services.clock.now();
  const c = context!;
  return {
    id: r.id,
    participantName: r.participantName,
    participantEmail: r.participantEmail,
    status: r.status,
    position: r.waitlistPosition,
    expiresAt: r.expiresAt,
    course: { title: c.courseTitle, slug: c.courseSlug, provider: c.providerName },
    session: {
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      deadline: c.deadline,
      cancelled: c.sessionStatus === "cancelled",
      location: c.hubName ?? ([c.address, c.place].filter(Boolean).join(", ") || "Online"),
    },
    canCancel: cancellationRefusal(r.status, c.deadline, now) === null,
    canAccept: r.status === "offered" && vacancyAcceptanceRefusal(r.status, r.expiresAt, now) === null,
    canConfirm: r.status === "pending_confirmation",
    token: input.token ?? null,
  };
}
