import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { network, tipPage } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { can } from "~/services/common/permissions.server.ts";
import { loadMarkdown } from "~/services/common/markdown.server.ts";
import { mayReadNetwork } from "~/services/common/networks.server.ts";
import { mayEditTip, tipNetworks } from "./helpers/tip-writers.server.ts";

/**
 * A tip with its body rendered (sanitised Markdown). An archived network's tip answers as that
 * network's page does: for administrators only (`mayReadNetwork`); a merged network's tips moved
 * with it, so a tip's network is never a merged one.
 */
export async function getTip(services: AppServices, actor: Actor, input: { slug: string }) {
  const [found] = await services.db.select({ tip: tipPage, archivedAt: network.archivedAt }).from(tipPage).leftJoin(network, eq(network.id, tipPage.networkId)).where(eq(tipPage.slug, input.slug));
  if (!found) throw notFound("tips.notFound");
  const { tip } = found;
  if (tip.hiddenAt && !(await can(services.db, actor, "platform.admin"))) throw notFound("tips.notFound");
  if (!(await mayReadNetwork(services.db, actor, { archivedAt: found.archivedAt, movedTo: null }))) throw notFound("tips.notFound");
  const networks = await tipNetworks(services.db, actor);
  return { tip: { slug: tip.slug, title: tip.title, summary: tip.summary, updatedAt: tip.updatedAt }, html: (await loadMarkdown()).renderMarkdown(tip.body), canEdit: mayEditTip(networks, tip.networkId) };
}
