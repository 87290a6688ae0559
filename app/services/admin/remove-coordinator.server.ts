import { and, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { networkCoordinator, user } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { recordAudit } from "~/services/common/audit.server.ts";
import { lockNetwork } from "./helpers/networks.server.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";

/** Ends a person's coordination of a network; their other roles stay. */
export async function removeCoordinator(services: Pick<AppServices, "db">, actor: Actor, input: { slug: string; userId: string }) {
  const admin = await requireAdmin(services.db, actor);
  return services.db.transaction(async (tx) => {
    const net = await lockNetwork(tx, input.slug);
    const [person] = await tx.select({ id: user.id, name: user.name, email: user.email }).from(user).where(eq(user.id, input.userId));
    const removed = await tx
      .delete(networkCoordinator)
      .where(and(eq(networkCoordinator.networkId, net.id), eq(networkCoordinator.userId, input.userId)))
      .returning();
    if (!person || removed.length === 0) throw notFound("admin.coordinators.notFound");
    await recordAudit(tx, admin, "network.coordinator.remove", { type: "network", id: net.id, label: net.name }, { coordinator: person }, null);
    return { slug: net.slug, name: person.name };
  });
}
