import { asc, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { appointment, lessonRequest, offer, organisation } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { changeRefusal, withdrawalPlan } from "~/domain/guest-lessons/request-changes.ts";
import { isUuid } from "../../domain/common/ids.ts";
import { requireRequestOwner } from "./helpers/request-input.server.ts";
import { loadTopics } from "./helpers/topics.server.ts";

/**
 * A request as its school sees it before changing it: the stored values, the school's own place
 * (so the form leaves "plaats" empty when it is the school's), and its appointments with what
 * an edit or a withdrawal would do to them.
 */
export async function getEditableRequest(services: AppServices, actor: Actor, input: { requestId: string }) {
  const { requestId } = input;
  if (!isUuid(requestId)) throw notFound("requests.notFound");
  const [row] = await services.db
    .select({ request: lessonRequest, schoolName: organisation.name, schoolPlace: organisation.place })
    .from(lessonRequest)
    .innerJoin(organisation, eq(organisation.id, lessonRequest.schoolOrganisationId))
    .where(eq(lessonRequest.id, requestId));
  if (!row) throw notFound("requests.notFound");
  await requireRequestOwner(services, actor, row.request);
  const appointments = await services.db
    .select({ id: appointment.id, state: appointment.state, date: appointment.date, offerTitle: offer.title, providerName: organisation.name })
    .from(appointment)
    .innerJoin(offer, eq(offer.id, appointment.offerId))
    .innerJoin(organisation, eq(organisation.id, appointment.providerOrganisationId))
    .where(eq(appointment.requestId, requestId))
    .orderBy(asc(appointment.requestedAt));
  return {
    request: row.request,
    schoolName: row.schoolName,
    schoolPlace: row.schoolPlace,
    appointments,
    editRefusal: changeRefusal(row.request.status, appointments),
    withdrawal: withdrawalPlan(row.request.status, appointments),
    topics: await loadTopics(services.db),
  };
}
