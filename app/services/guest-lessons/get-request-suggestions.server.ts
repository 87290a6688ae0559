import { and, desc, eq, isNull } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { lessonRequest, offer, organisation, requestSuggestion } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { can } from "~/services/common/permissions.server.ts";
import { isUuid } from "~/domain/common/ids.ts";

/** The offers put before a school for its request (by the coordinator or the escalation), to take in one step. */
export async function getRequestSuggestions(services: AppServices, actor: Actor, input: { requestId: string }) {
  const { requestId } = input;
  if (!isUuid(requestId)) throw notFound("appointments.error.request");
  const [r] = await services.db.select().from(lessonRequest).where(eq(lessonRequest.id, requestId));
  if (!r || !(await can(services.db, actor, "request.view", { organisationId: r.schoolOrganisationId }))) throw notFound("appointments.error.request");
  const suggestions = await services.db
    .select({
      id: requestSuggestion.id,
      source: requestSuggestion.source,
      note: requestSuggestion.note,
      appointmentId: requestSuggestion.appointmentId,
      offerId: offer.id,
      offerTitle: offer.title,
      offerStatus: offer.status,
      organisationName: organisation.name,
    })
    .from(requestSuggestion)
    .innerJoin(offer, eq(offer.id, requestSuggestion.offerId))
    .innerJoin(organisation, eq(organisation.id, offer.organisationId))
    .where(and(eq(requestSuggestion.requestId, r.id), isNull(offer.hiddenAt)))
    .orderBy(desc(requestSuggestion.createdAt));
  return { request: { id: r.id, title: r.title, status: r.status }, suggestions };
}
