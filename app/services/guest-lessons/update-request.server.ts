import { eq, inArray } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import { appointment, lessonRequest, offer } from "~/db/schema/index.ts";
import { conflict, notFound } from "~/domain/errors.ts";
import type { RequestInput } from "~/domain/guest-lessons/forms.ts";
import { changeRefusal } from "~/domain/guest-lessons/request-changes.ts";
import { sendNotice } from "~/services/appointments/notify.server.ts";
import { contactsOf, namesOf } from "~/services/appointments/support.server.ts";
import { checkDirectOffer, lockRequestForChange, requestColumns, requireRequestOwner, resolveRequestInput } from "./request-input.server.ts";
import { isUuid } from "./support.server.ts";

function optionsText(options: { date: string; startTime?: string | null }[], from: string | null, until: string | null) {
  if (options.length > 0) return `Voorgestelde data nu: ${options.map((o) => `${o.date}${o.startTime ? ` ${o.startTime}` : ""}`).join(", ")}.`;
  if (from && until) return `Gewenste periode nu: ${from} tot en met ${until}.`;
  return "";
}

/**
 * The school changes its open request. The school, the kind of request (open or direct) and the
 * offer asked for stay as they were; everything the form asks can change. Matching reads the
 * request row, so suggestions follow at once. A company that has the request before it
 * (appointment still requested) gets the new dates and class copied into its appointment and a
 * mail, so it never accepts a date the school has dropped. Once a company has agreed, the request
 * is fixed: changes are agreed in the appointment's thread.
 */
export async function updateRequest(services: AppServices, user: SessionUser | null, requestId: string, posted: RequestInput) {
  if (!isUuid(requestId)) throw notFound("requests.notFound");
  const [current] = await services.db.select().from(lessonRequest).where(eq(lessonRequest.id, requestId));
  if (!current) throw notFound("requests.notFound");
  await requireRequestOwner(services, user, current);
  const input: RequestInput = {
    ...posted,
    schoolOrganisationId: current.schoolOrganisationId,
    mode: current.mode,
    directOfferId: current.directOfferId,
  };
  // Geocoding and the topic list stay outside the transaction that holds the locks.
  const resolved = await resolveRequestInput(services, input);

  return services.db.transaction(async (tx) => {
    const locked = await lockRequestForChange(tx, requestId);
    if (!locked) throw notFound("requests.notFound");
    const refusal = changeRefusal(locked.request.status, locked.appointments);
    if (refusal) throw conflict(refusal);
    await checkDirectOffer(tx, input, { requirePublished: false });

    const now = services.clock.now();
    const [updated] = await tx
      .update(lessonRequest)
      .set({ ...requestColumns(input, resolved), updatedAt: now })
      .where(eq(lessonRequest.id, requestId))
      .returning();

    const waiting = locked.appointments.filter((a) => a.state === "requested");
    const offers = waiting.length
      ? new Map((await tx.select({ id: offer.id, locations: offer.locations }).from(offer).where(inArray(offer.id, waiting.map((a) => a.offerId)))).map((o) => [o.id, o.locations]))
      : new Map<string, string[]>();
    for (const a of waiting) {
      const locations = offers.get(a.offerId) ?? [];
      const location = input.place !== "any" && locations.includes(input.place) ? input.place : (a.location ?? locations[0] ?? null);
      const [changed] = await tx
        .update(appointment)
        .set({ proposedOptions: input.dateOptions, level: input.level, pupils: input.pupils, groups: input.groups, location, updatedAt: now })
        .where(eq(appointment.id, a.id))
        .returning();
      const names = await namesOf(tx, changed!);
      const contacts = await contactsOf(tx, changed!);
      await sendNotice(
        tx,
        services,
        changed!,
        contacts.provider,
        `Aanvraag gewijzigd: ${names.offer.title}`,
        [`${names.school.name} heeft de vraag "${input.title}" aangepast. Kijk voordat u antwoordt nog even naar de nieuwe gegevens.`, optionsText(input.dateOptions, input.periodFrom, input.periodUntil)]
          .filter(Boolean)
          .join("\n\n"),
      );
    }
    return updated!;
  });
}
