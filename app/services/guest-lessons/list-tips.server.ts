import { asc, isNull } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { tipPage } from "~/db/schema/index.ts";
import { mayWriteTips, tipNetworks } from "./helpers/tip-writers.server.ts";

/** The tips, in their order, and whether the actor may write one. */
export async function listTips(services: AppServices, actor: Actor) {
  const tips = await services.db
    .select({ slug: tipPage.slug, title: tipPage.title, summary: tipPage.summary, updatedAt: tipPage.updatedAt })
    .from(tipPage)
    .where(isNull(tipPage.hiddenAt))
    .orderBy(asc(tipPage.sortOrder), asc(tipPage.title));
  const networks = await tipNetworks(services.db, actor);
  return { tips, canWrite: mayWriteTips(networks) };
}
