import { and, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { offer } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { updateOfferStatus } from "./update-offer-status.server.ts";

/**
 * A company's system deletes an offer by its own id (the API's DELETE, ADR 029). As on the
 * company's page, the offer is archived rather than erased: it leaves search and the lists, and
 * the appointments made through it keep their offer. A later PUT with `published: true` brings it back.
 */
export async function removeSyncedOffer(services: AppServices, actor: Actor, input: { organisationId: string; externalId: string }) {
  const [row] = await services.db
    .select({ id: offer.id })
    .from(offer)
    .where(and(eq(offer.organisationId, input.organisationId), eq(offer.externalId, input.externalId)))
    .limit(1);
  if (!row) throw notFound("offer.notFound");
  return updateOfferStatus(services, actor, { offerId: row.id, status: "archived" });
}
