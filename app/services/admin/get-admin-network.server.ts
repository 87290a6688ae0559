import { and, asc, eq, isNull, ne } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { network, networkCoordinator, user } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";

/** One network on /beheer/netwerken/:slug: its fields, its coordinators, and the networks it could be merged into. */
export async function getAdminNetwork(services: Pick<AppServices, "db">, actor: Actor, input: { slug: string }) {
  const { db } = services;
  await requireAdmin(db, actor);
  const [row] = await db.select().from(network).where(eq(network.slug, input.slug)).limit(1);
  if (!row) throw notFound("admin.networks.notFound");
  const coordinators = await db
    .select({ id: user.id, name: user.name, email: user.email })
    .from(networkCoordinator)
    .innerJoin(user, eq(user.id, networkCoordinator.userId))
    .where(eq(networkCoordinator.networkId, row.id))
    .orderBy(asc(user.name));
  const [mergedInto] = row.mergedIntoId ? await db.select({ slug: network.slug, name: network.name }).from(network).where(eq(network.id, row.mergedIntoId)) : [];
  const others = await db
    .select({ slug: network.slug, name: network.name })
    .from(network)
    .where(and(ne(network.id, row.id), isNull(network.archivedAt)))
    .orderBy(asc(network.name));
  const { searchText: _searchText, ...fields } = row;
  return { network: fields, coordinators, mergedInto: mergedInto ?? null, others };
}
