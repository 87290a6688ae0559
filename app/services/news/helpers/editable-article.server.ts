import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { article, network } from "~/db/schema/index.ts";
import { forbidden, notFound } from "~/domain/errors.ts";
import { mayReadNetwork } from "~/services/common/networks.server.ts";
import { can } from "~/services/common/permissions.server.ts";

/**
 * An article as its editor needs it: 404 for an unknown slug, 403 unless the actor manages its
 * network's news. An archived network's article is "not found" to its editor as at its own address
 * (`getArticle`): only an administrator still opens or saves it, its coordinators do not.
 */
export async function editableArticle(services: Pick<AppServices, "db">, actor: Actor, slug: string) {
  const [row] = await services.db
    .select({ article, networkSlug: network.slug, networkName: network.name, archivedAt: network.archivedAt })
    .from(article)
    .innerJoin(network, eq(network.id, article.networkId))
    .where(eq(article.slug, slug))
    .limit(1);
  if (!row) throw notFound("news.notFound");
  if (!(await mayReadNetwork(services.db, actor, { archivedAt: row.archivedAt, movedTo: null }))) throw notFound("news.notFound");
  if (!(await can(services.db, actor, "news.manage", { networkId: row.article.networkId }))) throw forbidden();
  return { ...row.article, networkSlug: row.networkSlug, networkName: row.networkName };
}
