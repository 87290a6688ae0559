// Relative imports (not "~/"): the demo seed and bench/matching.ts run beside this module under plain Node.
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.server.ts";
import { matchKeyColumns, offer, offerMatchKey } from "../../../db/schema/index.ts";
import { matchKeyRows } from "../../../domain/guest-lessons/match-ceiling.ts";

/** Rewrites an offer's matching keys from its row: keys for a published offer, none otherwise. Call inside the writing transaction. */
export async function writeMatchKeys(db: Db, offerId: string): Promise<void> {
  await db.delete(offerMatchKey).where(eq(offerMatchKey.offerId, offerId));
  const [row] = await db.select(matchKeyColumns).from(offer).where(eq(offer.id, offerId));
  if (!row || row.status !== "published") return;
  const keys = matchKeyRows(row);
  if (keys.length > 0) await db.insert(offerMatchKey).values(keys);
}

/** The same for every offer of an organisation (its address moved). */
export async function writeOrganisationMatchKeys(db: Db, organisationId: string): Promise<void> {
  // Through offer_org_idx and offer_match_key_offer_idx: the keys have no index on the organisation.
  await db.delete(offerMatchKey).where(inArray(offerMatchKey.offerId, db.select({ id: offer.id }).from(offer).where(eq(offer.organisationId, organisationId))));
  const rows = await db
    .select(matchKeyColumns)
    .from(offer)
    .where(and(eq(offer.organisationId, organisationId), eq(offer.status, "published")));
  const keys = rows.flatMap(matchKeyRows);
  if (keys.length > 0) await db.insert(offerMatchKey).values(keys);
}
