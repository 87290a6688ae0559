import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { lessonRequest } from "~/db/schema/index.ts";
import { conflict, notFound } from "~/domain/errors.ts";
import { withdrawalPlan, type WithdrawRequestInput } from "~/domain/guest-lessons/request-changes.ts";
import { rolesOf } from "~/services/common/permissions.server.ts";
import { cancelRequestedAppointments } from "~/services/guest-lessons/cancel-requested-appointments.server.ts";
import { isUuid } from "../../domain/common/ids.ts";
import { lockRequestForChange, requireRequestOwner } from "./helpers/request-input.server.ts";

/**
 * The school withdraws its request. Companies that still have it before them (appointment
 * requested) see their appointment end and get a mail with the school's reason; the request
 * leaves the open lists, the suggestions, the coordinator's view and the reliability sweep (all
 * of which read only open requests and requested appointments).
 *
 * An appointment a company has already agreed to is never dropped as a side effect: the
 * withdrawal is refused and the school is pointed to that appointment, where calling it off
 * tells the company properly (reason, cancelling calendar file, late cancellation recorded).
 *
 * Under the locks of lockRequestForChange a company accepting at the same moment either comes
 * first (and the withdrawal is refused) or finds its appointment cancelled; never both.
 */
export async function withdrawRequest(services: AppServices, actor: Actor, input: WithdrawRequestInput & { requestId: string }) {
  const { requestId } = input;
  if (!isUuid(requestId)) throw notFound("requests.notFound");
  const [current] = await services.db.select().from(lessonRequest).where(eq(lessonRequest.id, requestId));
  if (!current) throw notFound("requests.notFound");
  await requireRequestOwner(services, actor, current);
  // A platform admin acts on the school's behalf, in the state machine's coordinator role.
  const roles = await rolesOf(services.db, actor, { organisationId: current.schoolOrganisationId });
  const capacity = roles.has("org_member") || roles.has("org_admin") ? "school" : "coordinator";
  const reason = input.reason || null;

  return services.db.transaction(async (tx) => {
    const locked = await lockRequestForChange(tx, requestId);
    if (!locked) throw notFound("requests.notFound");
    const plan = withdrawalPlan(locked.request.status, locked.appointments);
    if (!plan.ok) throw conflict(plan.refusal === "requests.error.agreed" ? "requests.withdraw.error.agreed" : plan.refusal);

    const now = services.clock.now();
    const [updated] = await tx
      .update(lessonRequest)
      .set({ status: "cancelled", withdrawnAt: now, withdrawReason: reason, updatedAt: now })
      .where(eq(lessonRequest.id, requestId))
      .returning();

    // The companies that had it before them are told (appointments' use-case, in this transaction).
    await cancelRequestedAppointments({ ...services, db: tx }, actor, {
      appointments: locked.appointments.filter((x) => plan.cancel.includes(x.id)),
      as: capacity,
      reason,
      requestTitle: locked.request.title,
    });
    return { request: updated!, cancelled: plan.cancel.length };
  });
}
