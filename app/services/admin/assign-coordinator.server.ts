import { and, eq, sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { networkCoordinator, user } from "~/db/schema/index.ts";
import { conflict, invalid } from "~/domain/errors.ts";
import { recordAudit } from "~/services/common/audit.server.ts";
import { lockNetwork } from "./helpers/networks.server.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";

/** Appoints a person (found by e-mail address) as a coordinator of a network. */
export async function assignCoordinator(services: Pick<AppServices, "db">, actor: Actor, input: { slug: string; email: string }) {
  const admin = await requireAdmin(services.db, actor);
  return services.db.transaction(async (tx) => {
    const net = await lockNetwork(tx, input.slug);
    const [person] = await tx.select({ id: user.id, name: user.name, email: user.email }).from(user).where(eq(sql`lower(${user.email})`, input.email.trim().toLowerCase())).limit(1);
    if (!person) throw invalid("admin.coordinators.unknownPerson", "email");
    const [already] = await tx
      .select({ userId: networkCoordinator.userId })
      .from(networkCoordinator)
      .where(and(eq(networkCoordinator.networkId, net.id), eq(networkCoordinator.userId, person.id)));
    if (already) throw conflict("admin.coordinators.already", "email");
    await tx.insert(networkCoordinator).values({ networkId: net.id, userId: person.id });
    await recordAudit(tx, admin, "network.coordinator.appoint", { type: "network", id: net.id, label: net.name }, null, { coordinator: person });
    return { slug: net.slug, name: person.name };
  });
}
