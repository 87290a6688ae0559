import { eq } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import { lessonRequest } from "~/db/schema/index.ts";
import { conflict, notFound } from "~/domain/errors.ts";
import { withdrawalPlan, type WithdrawRequestInput } from "~/domain/guest-lessons/request-changes.ts";
import { rolesOf } from "~/services/common/permissions.server.ts";
import { sendNotice } from "~/services/appointments/notify.server.ts";
import { applyTransition, contactsOf, namesOf, refreshReliability } from "~/services/appointments/support.server.ts";
import { lockRequestForChange, requireRequestOwner } from "./request-input.server.ts";
import { isUuid } from "./support.server.ts";

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
export async function withdrawRequest(services: AppServices, user: SessionUser | null, requestId: string, input: WithdrawRequestInput) {
  if (!isUuid(requestId)) throw notFound("requests.notFound");
  const [current] = await services.db.select().from(lessonRequest).where(eq(lessonRequest.id, requestId));
  if (!current) throw notFound("requests.notFound");
  await requireRequestOwner(services, user, current);
  // A platform admin acts on the school's behalf, in the state machine's coordinator role.
  const roles = await rolesOf(services.db, user, { organisationId: current.schoolOrganisationId });
  const actor = roles.has("org_member") || roles.has("org_admin") ? "school" : "coordinator";
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

    const providers = new Set<string>();
    for (const a of locked.appointments.filter((x) => plan.cancel.includes(x.id))) {
      const cancelled = await applyTransition(tx, services, a, "cancel", actor, user!.id, {
        reason: reason ?? "Vraag ingetrokken door de school",
        patch: { cancelReason: reason ?? "Vraag ingetrokken door de school", cancelledById: user!.id, cancelledBySide: "school" },
      });
      const names = await namesOf(tx, cancelled);
      const contacts = await contactsOf(tx, cancelled);
      await sendNotice(
        tx,
        services,
        cancelled,
        contacts.provider,
        `Aanvraag ingetrokken: ${names.offer.title}`,
        [
          `${names.school.name} heeft de vraag "${locked.request.title}" ingetrokken. U hoeft niet meer te reageren op de aanvraag voor ${names.offer.title}.`,
          reason ? `Toelichting van de school: ${reason}` : "",
        ]
          .filter(Boolean)
          .join("\n\n"),
      );
      providers.add(a.providerOrganisationId);
    }
    // A request the school withdrew before any answer says nothing about the company: recount.
    for (const organisationId of providers) await refreshReliability(tx, organisationId, now);
    return { request: updated!, cancelled: plan.cancel.length };
  });
}
