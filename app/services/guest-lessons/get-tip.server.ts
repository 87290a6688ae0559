import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { tipPage } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { can } from "~/services/common/permissions.server.ts";
import { loadMarkdown } from "~/services/common/markdown.server.ts";
import { mayEditTip, tipNetworks } from "./helpers/tip-writers.server.ts";

/** A tip with its body rendered (sanitised Markdown). */
export async function getTip(services: AppServices, actor: Actor, input: { slug: string }) {
  const [tip] = await services.db.select().from(tipPage).where(eq(tipPage.slug, input.slug));
  if (!tip) throw notFound("tips.notFound");
  if (tip.hiddenAt && !(await can(services.db, actor, "platform.admin"))) throw notFound("tips.notFound");
  const networks = await tipNetworks(services.db, actor);
  return { tip: { slug: tip.slug, title: tip.title, summary: tip.summary, updatedAt: tip.updatedAt }, html: (await loadMarkdown()).renderMarkdown(tip.body), canEdit: mayEditTip(networks, tip.networkId) };
}
