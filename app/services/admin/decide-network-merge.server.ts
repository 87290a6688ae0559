import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { isUniqueViolation } from "~/db/errors.ts";
import { network, networkPartner } from "~/db/schema/index.ts";
import { checkMerge } from "~/domain/admin/rules.ts";
import { conflict } from "~/domain/errors.ts";
import { recordAudit } from "~/services/common/audit.server.ts";
import { updatePartnerSearchText } from "~/services/networks/update-partner-search-text.server.ts";
import { lockNetwork } from "./helpers/networks.server.ts";
import { moveReferences } from "./helpers/move-references.server.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";

/**
 * Merges a duplicate network into the one that is kept, in one transaction: partners, members,
 * locations, coordinators, proposals, join requests, events, programmes, news, settings — every
 * row that points at the duplicate — move to the kept network. The duplicate is archived with a
 * pointer to the kept one, so its old address sends visitors on.
 */
export async function decideNetworkMerge(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: { slug: string; intoSlug: string }) {
  const admin = await requireAdmin(services.db, actor);
  try {
    return await services.db.transaction(async (tx) => {
      const from = await lockNetwork(tx, input.slug);
      const [into] = input.intoSlug ? await tx.select().from(network).where(eq(network.slug, input.intoSlug)).for("update") : [];
      checkMerge(from, into ? { id: into.id, archived: Boolean(into.archivedAt) } : null, "into");
      if (from.mergedIntoId) throw conflict("admin.networks.merged");
      const moved = await moveReferences(tx, "network", from.id, into!.id);
      const [after] = await tx
        .update(network)
        .set({ archivedAt: from.archivedAt ?? services.clock.now(), mergedIntoId: into!.id })
        .where(eq(network.id, from.id))
        .returning();
      // The kept network is now also found by its new partners' names.
      const [partner] = await tx.select({ id: networkPartner.organisationId }).from(networkPartner).where(eq(networkPartner.networkId, into!.id)).limit(1);
      if (partner) await updatePartnerSearchText({ db: tx }, admin, { organisationId: partner.id });
      await recordAudit(tx, admin, "network.merge", { type: "network", id: from.id, label: from.name }, from, { ...after, mergedInto: { id: into!.id, slug: into!.slug, name: into!.name }, moved });
      return { slug: into!.slug, moved };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("admin.merge.clash", "into");
    throw error;
  }
}
