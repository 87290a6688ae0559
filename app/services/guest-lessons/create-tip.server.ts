import type { Actor, AppServices } from "~/context.ts";
import { tipPage } from "~/db/schema/index.ts";
import { forbidden, invalid } from "~/domain/errors.ts";
import { slugCandidate, slugify } from "~/domain/common/slug.ts";
import { checkTip, mayWriteTips, tipNetworks, type TipInput } from "./helpers/tip-writers.server.ts";

/** Saves a new tip under a slug from its title (the first free one). */
export async function createTip(services: AppServices, actor: Actor, input: TipInput) {
  checkTip(input);
  const networks = await tipNetworks(services.db, actor);
  if (!mayWriteTips(networks)) throw forbidden();
  const now = services.clock.now();
  const base = slugify(input.title);
  for (let attempt = 1; attempt < 50; attempt++) {
    const candidate = slugCandidate(base, attempt);
    const rows = await services.db
      .insert(tipPage)
      .values({ slug: candidate, title: input.title.trim(), summary: input.summary.trim(), body: input.body, sortOrder: 100, updatedById: actor!.id, createdAt: now, updatedAt: now })
      .onConflictDoNothing()
      .returning({ slug: tipPage.slug });
    if (rows[0]) return rows[0];
  }
  throw invalid("tips.error.title", "title");
}
