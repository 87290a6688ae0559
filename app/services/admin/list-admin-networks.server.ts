import { asc, count, ilike, or } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { network } from "~/db/schema/index.ts";
import { paging } from "~/domain/common/paging.ts";
import { likePattern } from "~/services/common/like.server.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";

export const ADMIN_NETWORKS_PAGE_SIZE = 50;

/**
 * Networks for /beheer/netwerken, archived ones included (marked), optionally filtered by name or
 * address, a page at a time: the country has some 650, and a cut-off list would hide the rest
 * without saying so.
 */
export async function listAdminNetworks(services: Pick<AppServices, "db">, actor: Actor, input: { q: string; page?: number }) {
  const { db } = services;
  await requireAdmin(db, actor);
  const found = input.q ? or(ilike(network.name, likePattern(input.q)), ilike(network.slug, likePattern(input.q))) : undefined;
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(network).where(found);
  const page = paging(input.page ?? 1, total, ADMIN_NETWORKS_PAGE_SIZE);
  const networks = await db
    .select({ id: network.id, slug: network.slug, name: network.name, kind: network.kind, province: network.province, archivedAt: network.archivedAt, mergedIntoId: network.mergedIntoId })
    .from(network)
    .where(found)
    .orderBy(asc(network.name), asc(network.id))
    .limit(ADMIN_NETWORKS_PAGE_SIZE)
    .offset(page.offset);
  return { ...page, networks };
}
