import { and, eq, inArray, notInArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { organisation, registration } from "~/db/schema/index.ts";
import { EMPLOYEE_DUPLICATE_MESSAGE, holdExpiry, normaliseEmail, priceAcceptanceRefusal, registrationRefusal } from "~/domain/courses/rules.ts";
import { COURSE_ERRORS } from "~/domain/courses/forms.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { conflict, forbidden, invalid, notFound } from "~/domain/errors.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { pgError, UNIQUE_VIOLATION } from "~/db/errors.ts";
import { employeeConfirmMail, withMailLocale } from "./helpers/registration-mails.server.ts";
import { lockSession, newToken, nextWaitlistPosition, registrationEvent, takePlace } from "./helpers/session-places.server.ts";
import { emitWebhookEvent } from "~/services/common/webhook-events.server.ts";

export type Employee = { name: string; email: string };

/**
 * A company contact registers employees. Each employee gets a place held for
 * them (HOLD_HOURS, never past the deadline) or a waiting-list position, and
 * an e-mail to confirm; the sweep frees holds nobody confirmed. All or none:
 * if one address is already registered, nobody is added and the message names it. For a paid
 * course the contact confirmed the price per employee first (`acceptedPriceCents`).
 */
export async function registerEmployees(
  services: AppServices,
  actor: Actor,
  input: { sessionId: string; organisationId: string; employees: Employee[]; acceptedPriceCents?: number | null },
) {
  if (!actor) throw forbidden();
  if (!isUuid(input.sessionId)) throw notFound("courses.error.sessionGone");
  if (!isUuid(input.organisationId)) throw forbidden();
  await requirePermission(services.db, actor, "course.register_employees", { organisationId: input.organisationId });
  const employees = input.employees.map((e) => ({ name: e.name.trim(), email: normaliseEmail(e.email) }));
  if (employees.length === 0) throw invalid(COURSE_ERRORS.employeesNone, "employees");
  const seen = new Set<string>();
  for (const e of employees) {
    if (seen.has(e.email)) throw invalid("courses.error.employeeTwice", "employees", { email: e.email });
    seen.add(e.email);
  }
  const now = services.clock.now();
  try {
    return await services.db.transaction(async (tx) => {
      const [company] = await tx.select({ name: organisation.name }).from(organisation).where(eq(organisation.id, input.organisationId)).limit(1);
      if (!company) throw notFound();
      const session = await lockSession(tx, input.sessionId);
      if (!session || session.courseStatus === "draft") throw notFound("courses.error.sessionGone");
      const refusal = registrationRefusal(session, now);
      if (refusal) throw invalid(refusal);
      const unpaid = priceAcceptanceRefusal(session.coursePriceCents, input.acceptedPriceCents);
      if (unpaid) throw conflict(unpaid);
      const [taken] = await tx
        .select({ email: registration.participantEmail })
        .from(registration)
        .where(
          and(
            eq(registration.sessionId, session.id),
            inArray(registration.participantEmail, [...seen]),
            notInArray(registration.status, ["cancelled", "expired"]),
          ),
        )
        .limit(1);
      if (taken) throw conflict(EMPLOYEE_DUPLICATE_MESSAGE, "employees", { email: taken.email });

      const outcomes: { id: string; email: string; status: "pending_confirmation" | "waitlisted"; position: number | null }[] = [];
      for (const employee of employees) {
        const token = newToken();
        const gotPlace = await takePlace(tx, session);
        const position = gotPlace ? null : await nextWaitlistPosition(tx, session.id);
        const holdUntil = gotPlace ? holdExpiry(now, session.registrationDeadline) : null;
        const [row] = await tx
          .insert(registration)
          .values({
            sessionId: session.id,
            participantName: employee.name,
            participantEmail: employee.email,
            registeredById: actor.id,
            organisationId: input.organisationId,
            status: gotPlace ? "pending_confirmation" : "waitlisted",
            waitlistPosition: position,
            expiresAt: holdUntil,
            token,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: registration.id });
        await emitWebhookEvent(tx, services, registrationEvent(services, session, { id: row!.id, status: gotPlace ? "pending_confirmation" : "waitlisted" }));
        await services.mailer.send(
          employeeConfirmMail(services, session, await withMailLocale(tx, { id: row!.id, name: employee.name, email: employee.email, token }), { name: actor.name, organisation: company.name }, holdUntil, position),
          tx,
        );
        outcomes.push({ id: row!.id, email: employee.email, status: gotPlace ? "pending_confirmation" : "waitlisted", position });
      }
      return outcomes;
    });
  } catch (error) {
    if (pgError(error)?.code === UNIQUE_VIOLATION) throw conflict(EMPLOYEE_DUPLICATE_MESSAGE, "employees");
    throw error;
  }
}
