import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { lessonRequest } from "~/db/schema/index.ts";
import { conflict, notFound } from "~/domain/errors.ts";
import type { RequestInput } from "~/domain/guest-lessons/forms.ts";
import { changeRefusal } from "~/domain/guest-lessons/request-changes.ts";
import { updateRequestedAppointments } from "~/services/guest-lessons/update-requested-appointments.server.ts";
import { isUuid } from "../../domain/common/ids.ts";
import { checkDirectOffer, lockRequestForChange, requestColumns, requireRequestOwner, resolveRequestInput } from "./helpers/request-input.server.ts";

/**
 * The school changes its open request. The school, the kind of request (open or direct) and the
 * offer asked for stay as they were; everything the form asks can change. Matching reads the
 * request row, so suggestions follow at once. A company that has the request before it
 * (appointment still requested) gets the new dates and class copied into its appointment and a
 * mail, so it never accepts a date the school has dropped. Once a company has agreed, the request
 * is fixed: changes are agreed in the appointment's thread.
 */
export async function updateRequest(services: AppServices, actor: Actor, input: { requestId: string; request: RequestInput }) {
  const { requestId, request: posted } = input;
  if (!isUuid(requestId)) throw notFound("requests.notFound");
  const [current] = await services.db.select().from(lessonRequest).where(eq(lessonRequest.id, requestId));
  if (!current) throw notFound("requests.notFound");
  await requireRequestOwner(services, actor, current);
  const changed: RequestInput = {
    ...posted,
    schoolOrganisationId: current.schoolOrganisationId,
    mode: current.mode,
    directOfferId: current.directOfferId,
  };
  // Geocoding and the topic list stay outside the transaction that holds the locks.
  const resolved = await resolveRequestInput(services, changed);

  return services.db.transaction(async (tx) => {
    const locked = await lockRequestForChange(tx, requestId);
    if (!locked) throw notFound("requests.notFound");
    const refusal = changeRefusal(locked.request.status, locked.appointments);
    if (refusal) throw conflict(refusal);
    await checkDirectOffer(tx, changed, { requirePublished: false });

    const now = services.clock.now();
    const [updated] = await tx
      .update(lessonRequest)
      .set({ ...requestColumns(changed, resolved), updatedAt: now })
      .where(eq(lessonRequest.id, requestId))
      .returning();

    // The companies that have the request before them hear of the change (appointments' use-case, in this transaction).
    await updateRequestedAppointments({ ...services, db: tx }, actor, { appointments: locked.appointments, request: changed });
    return updated!;
  });
}
