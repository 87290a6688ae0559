import type { Actor, AppServices } from "~/context.ts";
import { offer } from "~/db/schema/index.ts";
import type { OfferInput } from "~/domain/guest-lessons/forms.ts";
import { offerColumns } from "./helpers/offer-columns.server.ts";
import { writeMatchKeys } from "./helpers/match-keys.server.ts";

/**
 * A company or provider adds an offer, as a draft or published at once. `externalId`: the
 * organisation's own id, when its system adds the offer through the API (ADR 029).
 */
export async function createOffer(services: AppServices, actor: Actor, input: OfferInput & { publish: boolean; externalId?: string }) {
  const { publish, externalId, ...fields } = input;
  return services.db.transaction(async (tx) => {
    const columns = await offerColumns(tx, actor, fields.organisationId, fields);
    const now = services.clock.now();
    const [row] = await tx
      .insert(offer)
      .values({
        ...columns,
        organisationId: fields.organisationId,
        createdById: actor?.id ?? null,
        externalId: externalId ?? null,
        status: publish ? "published" : "draft",
        publishedAt: publish ? now : null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: offer.id, status: offer.status });
    await writeMatchKeys(tx, row!.id);
    return row!;
  });
}
