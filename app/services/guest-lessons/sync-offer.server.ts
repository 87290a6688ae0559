import { and, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { offer } from "~/db/schema/index.ts";
import { isUniqueViolation } from "~/db/errors.ts";
import type { OfferInput } from "~/domain/guest-lessons/forms.ts";
import { createOffer } from "./create-offer.server.ts";
import { updateOffer } from "./update-offer.server.ts";

/**
 * A company's system puts an offer by its own id (the API's PUT, ADR 029): that organisation's
 * offer with that `externalId` is saved, or added when there is none. Permission and the offer's
 * rules stay in createOffer/updateOffer; two first puts at once meet at the unique index and the
 * loser saves over the winner.
 */
export async function syncOffer(services: AppServices, actor: Actor, input: OfferInput & { externalId: string; publish: boolean }) {
  const { externalId, publish, ...fields } = input;
  const find = async () => {
    const [row] = await services.db
      .select({ id: offer.id })
      .from(offer)
      .where(and(eq(offer.organisationId, fields.organisationId), eq(offer.externalId, externalId)))
      .limit(1);
    return row ?? null;
  };
  const existing = await find();
  if (!existing) {
    try {
      const made = await createOffer(services, actor, { ...fields, publish, externalId });
      return { ...made, created: true };
    } catch (error) {
      if (!isUniqueViolation(error, "offer_organisation_external_id")) throw error;
    }
  }
  const current = existing ?? (await find());
  if (!current) throw new Error("offer vanished between its unique violation and the read");
  const saved = await updateOffer(services, actor, { ...fields, offerId: current.id, publish });
  return { ...saved, created: false };
}
