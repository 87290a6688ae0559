import { and, eq } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { webhookSubscription } from "~/db/schema/index.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { notFound } from "~/domain/errors.ts";

/** One subscription of the organisation, locked for the caller's transaction; another organisation's is a 404. */
export async function lockSubscription(tx: Db, organisationId: string, id: string) {
  if (!isUuid(id)) throw notFound("webhooks.error.notFound");
  const [row] = await tx
    .select()
    .from(webhookSubscription)
    .where(and(eq(webhookSubscription.id, id), eq(webhookSubscription.organisationId, organisationId)))
    .for("update");
  if (!row) throw notFound("webhooks.error.notFound");
  return row;
}
