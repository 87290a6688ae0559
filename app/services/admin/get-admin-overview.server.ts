import { count, gte, isNotNull, isNull, and } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { accountBlock, article, auditLog, network, offer, organisation, tipPage, user } from "~/db/schema/index.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";

/** The numbers on /beheer: what there is, and what waits for an administrator. */
export async function getAdminOverview(services: Pick<AppServices, "db" | "clock">, actor: Actor) {
  const { db } = services;
  await requireAdmin(db, actor);
  const since = new Date(services.clock.now().getTime() - 7 * 86_400_000);
  const n = async (query: Promise<{ n: number }[]>) => (await query)[0]?.n ?? 0;
  return {
    networks: await n(db.select({ n: count() }).from(network).where(isNull(network.archivedAt))),
    archivedNetworks: await n(db.select({ n: count() }).from(network).where(isNotNull(network.archivedAt))),
    people: await n(db.select({ n: count() }).from(user)),
    blocked: await n(db.select({ n: count() }).from(accountBlock)),
    organisations: await n(db.select({ n: count() }).from(organisation)),
    unverified: await n(db.select({ n: count() }).from(organisation).where(isNull(organisation.verifiedAt))),
    hidden:
      (await n(db.select({ n: count() }).from(article).where(isNotNull(article.hiddenAt)))) +
      (await n(db.select({ n: count() }).from(offer).where(isNotNull(offer.hiddenAt)))) +
      (await n(db.select({ n: count() }).from(tipPage).where(isNotNull(tipPage.hiddenAt)))),
    decisionsThisWeek: await n(db.select({ n: count() }).from(auditLog).where(and(gte(auditLog.at, since)))),
  };
}
