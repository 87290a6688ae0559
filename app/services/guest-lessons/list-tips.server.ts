import { and, asc, count, isNull } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { tipPage } from "~/db/schema/index.ts";
import { paging, type Paging } from "~/domain/common/paging.ts";
import { ofNoOrActiveNetwork } from "~/services/common/networks.server.ts";
import { mayWriteTips, tipNetworks } from "./helpers/tip-writers.server.ts";

export const TIPS_PAGE_SIZE = 20;

/**
 * The tips, in their order, a page at a time (every coordinator may write them, so they grow with
 * the country), and whether the actor may write one. A tip of an archived network is left out for
 * everyone, as its network's news is (ADR 019); the platform's own tips (no network) stay.
 */
export async function listTips(services: AppServices, actor: Actor, input: { page?: number } = {}) {
  const visible = and(isNull(tipPage.hiddenAt), ofNoOrActiveNetwork(tipPage.networkId));
  const [{ total } = { total: 0 }] = await services.db.select({ total: count() }).from(tipPage).where(visible);
  const page = paging(input.page ?? 1, total, TIPS_PAGE_SIZE);
  const tips = await services.db
    .select({ slug: tipPage.slug, title: tipPage.title, summary: tipPage.summary, updatedAt: tipPage.updatedAt })
    .from(tipPage)
    .where(visible)
    .orderBy(asc(tipPage.sortOrder), asc(tipPage.title), asc(tipPage.slug))
    .limit(TIPS_PAGE_SIZE)
    .offset(page.offset);
  const networks = await tipNetworks(services.db, actor);
  return { ...page, tips, canWrite: mayWriteTips(networks) };
}
