import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { network } from "~/db/schema/index.ts";
import { forbidden, invalid } from "~/domain/errors.ts";
import { mayReadNetwork } from "~/services/common/networks.server.ts";
import { can } from "~/services/common/permissions.server.ts";

/**
 * The id of the network an article is written for, if the actor may write its news. An archived
 * network is not offered in the editor (`writableNetworks`): chosen anyway, it is as unknown to
 * anyone but an administrator, who may still keep an archived network's article where it is.
 */
export async function articleNetwork(services: Pick<AppServices, "db">, actor: Actor, slug: string) {
  const [row] = await services.db.select({ id: network.id, archivedAt: network.archivedAt }).from(network).where(eq(network.slug, slug)).limit(1);
  if (!row) throw invalid("news.form.networkRequired", "network");
  if (!(await mayReadNetwork(services.db, actor, { archivedAt: row.archivedAt, movedTo: null }))) throw invalid("news.form.networkRequired", "network");
  if (!(await can(services.db, actor, "news.manage", { networkId: row.id }))) throw forbidden();
  return row.id;
}
