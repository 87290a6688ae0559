import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { network } from "~/db/schema/index.ts";
import { forbidden, invalid } from "~/domain/errors.ts";
import { can } from "~/services/common/permissions.server.ts";

/** The id of the network an article is written for, if the actor may write its news. */
export async function articleNetwork(services: Pick<AppServices, "db">, actor: Actor, slug: string) {
  const [row] = await services.db.select({ id: network.id }).from(network).where(eq(network.slug, slug)).limit(1);
  if (!row) throw invalid("news.form.networkRequired", "network");
  if (!(await can(services.db, actor, "news.manage", { networkId: row.id }))) throw forbidden();
  return row.id;
}
