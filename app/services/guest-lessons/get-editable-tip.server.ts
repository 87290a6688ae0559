import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { tipPage } from "~/db/schema/index.ts";
import { forbidden, notFound } from "~/domain/errors.ts";
import { mayEditTip, mayWriteTips, tipNetworks } from "./helpers/tip-writers.server.ts";

/** A tip's fields for its edit form (empty for a new one, slug null), for those who may write it. */
export async function getEditableTip(services: AppServices, actor: Actor, input: { slug: string | null }) {
  const networks = await tipNetworks(services.db, actor);
  if (!mayWriteTips(networks)) throw forbidden();
  if (!input.slug) return { title: "", summary: "", body: "" };
  const [tip] = await services.db.select().from(tipPage).where(eq(tipPage.slug, input.slug));
  if (!tip) throw notFound("tips.notFound");
  if (!mayEditTip(networks, tip.networkId)) throw forbidden();
  return { title: tip.title, summary: tip.summary, body: tip.body };
}
