import type { Actor, AppServices } from "~/context.ts";
import { isUniqueViolation } from "~/db/errors.ts";
import { network } from "~/db/schema/index.ts";
import type { NetworkKind } from "~/domain/networks/vocabulary.ts";
import { networkSearchText } from "~/domain/networks/search-text.ts";
import { slugCandidate, slugify } from "~/domain/common/slug.ts";
import { conflict } from "~/domain/errors.ts";
import { recordAudit } from "~/services/common/audit.server.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";

export type NetworkFields = { name: string; kind: NetworkKind; summary: string; province: string | null; contactEmail: string | null; website: string | null };

/** A new network in the directory; its address is made from the name (the first free one). */
export async function createNetwork(services: Pick<AppServices, "db">, actor: Actor, input: NetworkFields) {
  const admin = await requireAdmin(services.db, actor);
  const base = slugify(input.name);
  for (let attempt = 1; attempt <= 20; attempt++) {
    try {
      return await services.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(network)
          .values({ ...input, slug: slugCandidate(base, attempt), searchText: networkSearchText(input) })
          .returning();
        await recordAudit(tx, admin, "network.create", { type: "network", id: row!.id, label: row!.name }, null, row);
        return { slug: row!.slug };
      });
    } catch (error) {
      if (!isUniqueViolation(error, "network_slug_unique")) throw error;
    }
  }
  throw conflict("admin.networks.slugTaken", "name");
}
