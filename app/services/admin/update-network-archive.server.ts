import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { network } from "~/db/schema/index.ts";
import { conflict } from "~/domain/errors.ts";
import { recordAudit } from "~/services/common/audit.server.ts";
import { lockNetwork } from "./helpers/networks.server.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";

/**
 * Archives a network (it leaves the directory; its data stays) or restores it. A network that was
 * merged into another stays archived: restoring it would show a shell without its partners.
 */
export async function updateNetworkArchive(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: { slug: string; archived: boolean }) {
  const admin = await requireAdmin(services.db, actor);
  return services.db.transaction(async (tx) => {
    const before = await lockNetwork(tx, input.slug);
    if (before.mergedIntoId) throw conflict("admin.networks.merged");
    if (Boolean(before.archivedAt) === input.archived) return { slug: before.slug, changed: false };
    const [after] = await tx
      .update(network)
      .set({ archivedAt: input.archived ? services.clock.now() : null })
      .where(eq(network.id, before.id))
      .returning();
    await recordAudit(tx, admin, input.archived ? "network.archive" : "network.restore", { type: "network", id: before.id, label: before.name }, before, after);
    return { slug: before.slug, changed: true };
  });
}
