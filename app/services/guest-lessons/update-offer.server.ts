import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { offer } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { isUuid } from "../../domain/common/ids.ts";
import { writeMatchKeys } from "./helpers/match-keys.server.ts";
import type { OfferInput } from "~/domain/guest-lessons/forms.ts";
import { offerColumns } from "./helpers/offer-columns.server.ts";

/**
 * Saves an offer's fields. The organisation stays the one that made it; publishing on save is a
 * choice of the form ("Opslaan en publiceren"). The row is locked so a concurrent status change
 * or booking (part B checks the monthly cap under the same lock) sees one consistent offer.
 */
export async function updateOffer(services: AppServices, actor: Actor, input: OfferInput & { offerId: string; publish: boolean }) {
  const { offerId, publish: publishOnSave, ...fields } = input;
  if (!isUuid(offerId)) throw notFound("offer.notFound");
  return services.db.transaction(async (tx) => {
    const [current] = await tx.select({ organisationId: offer.organisationId, status: offer.status, publishedAt: offer.publishedAt }).from(offer).where(eq(offer.id, offerId)).for("update");
    if (!current) throw notFound("offer.notFound");
    const columns = await offerColumns(tx, actor, current.organisationId, fields);
    const now = services.clock.now();
    const publish = publishOnSave && current.status !== "published";
    const [row] = await tx
      .update(offer)
      .set({
        ...columns,
        ...(publish ? { status: "published" as const, publishedAt: current.publishedAt ?? now } : {}),
        updatedAt: now,
      })
      .where(eq(offer.id, offerId))
      .returning({ id: offer.id, status: offer.status });
    await writeMatchKeys(tx, offerId);
    return row!;
  });
}
