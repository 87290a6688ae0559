import { asc, eq } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { networkCoordinator, tipPage } from "~/db/schema/index.ts";
import { renderMarkdown } from "~/domain/news/markdown.ts";
import { slugCandidate, slugify } from "~/domain/organisations/slug.ts";
import { forbidden, invalid, notFound } from "~/domain/errors.ts";

export type TipInput = { title: string; summary: string; body: string };

/**
 * Who writes tips: platform admins, and coordinators (tips are shared guidance, so any network's
 * coordinator may improve a platform page; a network's own page only its coordinators).
 */
async function coordinatedNetworks(db: Db, user: SessionUser | null): Promise<string[] | "all"> {
  if (!user) return [];
  if (user.role === "admin") return "all";
  return (await db.select({ id: networkCoordinator.networkId }).from(networkCoordinator).where(eq(networkCoordinator.userId, user.id))).map((r) => r.id);
}

function mayEdit(networks: string[] | "all", tipNetworkId: string | null) {
  if (networks === "all") return true;
  if (networks.length === 0) return false;
  return tipNetworkId === null || networks.includes(tipNetworkId);
}

export async function listTips(services: AppServices, user: SessionUser | null) {
  const tips = await services.db
    .select({ slug: tipPage.slug, title: tipPage.title, summary: tipPage.summary, updatedAt: tipPage.updatedAt })
    .from(tipPage)
    .orderBy(asc(tipPage.sortOrder), asc(tipPage.title));
  const networks = await coordinatedNetworks(services.db, user);
  return { tips, canWrite: networks === "all" || networks.length > 0 };
}

/** A tip with its body rendered (sanitised Markdown). */
export async function getTip(services: AppServices, user: SessionUser | null, slug: string) {
  const [tip] = await services.db.select().from(tipPage).where(eq(tipPage.slug, slug));
  if (!tip) throw notFound("tips.notFound");
  const networks = await coordinatedNetworks(services.db, user);
  return { tip: { slug: tip.slug, title: tip.title, summary: tip.summary, updatedAt: tip.updatedAt }, html: renderMarkdown(tip.body), canEdit: mayEdit(networks, tip.networkId) };
}

export async function loadTipForEdit(services: AppServices, user: SessionUser | null, slug: string | null) {
  const networks = await coordinatedNetworks(services.db, user);
  if (networks !== "all" && networks.length === 0) throw forbidden();
  if (!slug) return { title: "", summary: "", body: "" };
  const [tip] = await services.db.select().from(tipPage).where(eq(tipPage.slug, slug));
  if (!tip) throw notFound("tips.notFound");
  if (!mayEdit(networks, tip.networkId)) throw forbidden();
  return { title: tip.title, summary: tip.summary, body: tip.body };
}

function check(input: TipInput) {
  if (!input.title.trim()) throw invalid("tips.error.title", "title");
  if (!input.body.trim()) throw invalid("tips.error.body", "body");
}

/** Saves a new tip (slug from the title, first free one) or an existing one. */
export async function saveTip(services: AppServices, user: SessionUser | null, slug: string | null, input: TipInput) {
  check(input);
  const networks = await coordinatedNetworks(services.db, user);
  if (networks !== "all" && networks.length === 0) throw forbidden();
  const now = services.clock.now();
  if (slug) {
    return services.db.transaction(async (tx) => {
      const [tip] = await tx.select().from(tipPage).where(eq(tipPage.slug, slug)).for("update");
      if (!tip) throw notFound("tips.notFound");
      if (!mayEdit(networks, tip.networkId)) throw forbidden();
      await tx.update(tipPage).set({ title: input.title.trim(), summary: input.summary.trim(), body: input.body, updatedById: user!.id, updatedAt: now }).where(eq(tipPage.id, tip.id));
      return { slug };
    });
  }
  const base = slugify(input.title);
  for (let attempt = 1; attempt < 50; attempt++) {
    const candidate = slugCandidate(base, attempt);
    const rows = await services.db
      .insert(tipPage)
      .values({ slug: candidate, title: input.title.trim(), summary: input.summary.trim(), body: input.body, sortOrder: 100, updatedById: user!.id, createdAt: now, updatedAt: now })
      .onConflictDoNothing()
      .returning({ slug: tipPage.slug });
    if (rows[0]) return rows[0];
  }
  throw invalid("tips.error.title", "title");
}

