import { asc, ilike, or } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { network } from "~/db/schema/index.ts";
import { likePattern } from "~/services/common/like.server.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";

/** Every network for /beheer/netwerken, archived ones included (marked), optionally filtered by name or address. */
export async function listAdminNetworks(services: Pick<AppServices, "db">, actor: Actor, input: { q: string }) {
  const { db } = services;
  await requireAdmin(db, actor);
  const rows = await db
    .select({ id: network.id, slug: network.slug, name: network.name, kind: network.kind, province: network.province, archivedAt: network.archivedAt, mergedIntoId: network.mergedIntoId })
    .from(network)
    .where(input.q ? or(ilike(network.name, likePattern(input.q)), ilike(network.slug, likePattern(input.q))) : undefined)
    .orderBy(asc(network.name))
    .limit(500);
  return { networks: rows };
}
