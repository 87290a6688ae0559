import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { network, networkPartner, organisation } from "~/db/schema/index.ts";
import { networkSearchText } from "~/domain/networks/search-text.ts";
import { recordAudit } from "~/services/common/audit.server.ts";
import { lockNetwork } from "./helpers/networks.server.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";
import type { NetworkFields } from "./create-network.server.ts";

/** An administrator corrects a network's name, kind and contact details; its address stays. */
export async function updateNetwork(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: NetworkFields & { slug: string }) {
  const admin = await requireAdmin(services.db, actor);
  const { slug, ...fields } = input;
  return services.db.transaction(async (tx) => {
    const before = await lockNetwork(tx, slug);
    const partners = await tx
      .select({ name: organisation.name })
      .from(networkPartner)
      .innerJoin(organisation, eq(organisation.id, networkPartner.organisationId))
      .where(eq(networkPartner.networkId, before.id));
    const searchText = networkSearchText({ ...before, ...fields }, { partnerNames: partners.map((p) => p.name) });
    const [after] = await tx
      .update(network)
      .set({ ...fields, searchText, updatedAt: services.clock.now() })
      .where(eq(network.id, before.id))
      .returning();
    await recordAudit(tx, admin, "network.update", { type: "network", id: before.id, label: after!.name }, before, after);
    return { slug };
  });
}
