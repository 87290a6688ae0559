import { and, eq } from "drizzle-orm";
import type { Actor } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { onboardingImport } from "~/db/schema/index.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { notFound } from "~/domain/errors.ts";

/**
 * A staged import of this network, as only the coordinator who uploaded it sees it (another
 * coordinator hears 404). `forUpdate` locks it, so it is confirmed once.
 */
export async function stagedImport(db: Db, actor: Actor, networkId: string, id: string, forUpdate = false) {
  if (!actor || !isUuid(id)) throw notFound();
  const query = db
    .select()
    .from(onboardingImport)
    .where(and(eq(onboardingImport.id, id), eq(onboardingImport.networkId, networkId), eq(onboardingImport.createdById, actor.id)));
  const [row] = forUpdate ? await query.for("update") : await query;
  if (!row) throw notFound();
  return row;
}
