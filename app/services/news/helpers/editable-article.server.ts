import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { article, network } from "~/db/schema/index.ts";
import { forbidden, notFound } from "~/domain/errors.ts";
import { can } from "~/services/common/permissions.server.ts";

/** An article as its editor needs it: 404 for an unknown slug, 403 unless the actor manages its network's news. */
export async function editableArticle(services: Pick<AppServices, "db">, actor: Actor, slug: string) {
  const [row] = await services.db
    .select({ article, networkSlug: network.slug })
    .from(article)
    .innerJoin(network, eq(network.id, article.networkId))
    .where(eq(article.slug, slug))
    .limit(1);
  if (!row) throw notFound("news.notFound");
  if (!(await can(services.db, actor, "news.manage", { networkId: row.article.networkId }))) throw forbidden();
  return { ...row.article, networkSlug: row.networkSlug };
}
