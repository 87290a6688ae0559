import { and, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { lessonRequest, requestSuggestion } from "~/db/schema/index.ts";
import { conflict, invalid, notFound } from "~/domain/errors.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { openAppointment } from "./helpers/open-appointment.server.ts";

/**
 * The school asks an offer for its request: directly ("Vraag dit aan", the request's own offer),
 * or by taking a suggestion (a coordinator's or the escalation's) in one step. Called inside a
 * transaction (services.db a transaction), it opens the appointment in that transaction: so does
 * createRequest for a direct request.
 */
export async function requestAppointment(services: AppServices, actor: Actor, input: { requestId: string; offerId?: string; suggestionId?: string }) {
  const [request] = await services.db
    .select({ id: lessonRequest.id, schoolOrganisationId: lessonRequest.schoolOrganisationId, directOfferId: lessonRequest.directOfferId })
    .from(lessonRequest)
    .where(eq(lessonRequest.id, input.requestId));
  if (!request) throw notFound("appointments.error.request");
  await requirePermission(services.db, actor, "request.create", { organisationId: request.schoolOrganisationId });

  return services.db.transaction(async (tx) => {
    let offerId = input.offerId ?? request.directOfferId;
    let suggestionId: string | null = null;
    if (input.suggestionId) {
      const [suggestion] = await tx.select().from(requestSuggestion).where(and(eq(requestSuggestion.id, input.suggestionId), eq(requestSuggestion.requestId, request.id))).for("update");
      if (!suggestion) throw notFound("appointments.error.suggestion");
      if (suggestion.appointmentId) throw conflict("appointments.error.alreadyRequested");
      offerId = suggestion.offerId;
      suggestionId = suggestion.id;
    }
    if (!offerId) throw invalid("appointments.error.offer");
    const row = await openAppointment(tx, services, { requestId: request.id, offerId, requestedById: actor!.id });
    if (suggestionId) await tx.update(requestSuggestion).set({ appointmentId: row.id }).where(eq(requestSuggestion.id, suggestionId));
    return row;
  });
}
