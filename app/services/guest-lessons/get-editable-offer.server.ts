import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { offer, organisation } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { isUuid } from "../../domain/common/ids.ts";
import { loadTopics } from "./helpers/topics.server.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";

/** An offer with everything its edit form shows (and the topic list), for the organisation's own people only. */
export async function getEditableOffer(services: AppServices, actor: Actor, input: { offerId: string }) {
  const { offerId } = input;
  if (!isUuid(offerId)) throw notFound("offer.notFound");
  const [row] = await services.db
    .select({ offer, organisationName: organisation.name })
    .from(offer)
    .innerJoin(organisation, eq(organisation.id, offer.organisationId))
    .where(eq(offer.id, offerId))
    .limit(1);
  if (!row) throw notFound("offer.notFound");
  await requirePermission(services.db, actor, "offer.manage", { organisationId: row.offer.organisationId });
  return { ...row, topics: await loadTopics(services.db) };
}
