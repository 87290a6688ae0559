import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { tipPage } from "~/db/schema/index.ts";
import { forbidden, notFound } from "~/domain/errors.ts";
import { checkTip, mayEditTip, mayWriteTips, tipNetworks, type TipInput } from "./helpers/tip-writers.server.ts";

/** Saves an existing tip; its slug stays. */
export async function updateTip(services: AppServices, actor: Actor, input: TipInput & { slug: string }) {
  checkTip(input);
  const networks = await tipNetworks(services.db, actor);
  if (!mayWriteTips(networks)) throw forbidden();
  const now = services.clock.now();
  return services.db.transaction(async (tx) => {
    const [tip] = await tx.select().from(tipPage).where(eq(tipPage.slug, input.slug)).for("update");
    if (!tip) throw notFound("tips.notFound");
    if (!mayEditTip(networks, tip.networkId)) throw forbidden();
    await tx.update(tipPage).set({ title: input.title.trim(), summary: input.summary.trim(), body: input.body, updatedById: actor!.id, updatedAt: now }).where(eq(tipPage.id, tip.id));
    return { slug: input.slug };
  });
}
