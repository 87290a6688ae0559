import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { offer } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import type { OfferStatus } from "~/domain/guest-lessons/vocabulary.ts";
import { isUuid } from "../../domain/common/ids.ts";
import { writeMatchKeys } from "./helpers/match-keys.server.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";

/** Publish, archive or take back to draft. Archived offers disappear from search; their appointments stay. */
export async function updateOfferStatus(services: AppServices, actor: Actor, input: { offerId: string; status: OfferStatus }) {
  const { offerId, status } = input;
  if (!isUuid(offerId)) throw notFound("offer.notFound");
  return services.db.transaction(async (tx) => {
    const [current] = await tx.select({ organisationId: offer.organisationId, publishedAt: offer.publishedAt }).from(offer).where(eq(offer.id, offerId)).for("update");
    if (!current) throw notFound("offer.notFound");
    await requirePermission(tx, actor, "offer.manage", { organisationId: current.organisationId });
    const now = services.clock.now();
    await tx
      .update(offer)
      .set({ status, publishedAt: status === "published" ? (current.publishedAt ?? now) : current.publishedAt, updatedAt: now })
      .where(eq(offer.id, offerId));
    await writeMatchKeys(tx, offerId);
    return { id: offerId, status };
  });
}
