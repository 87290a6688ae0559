import { and, eq } from "drizzle-orm";
import type { Actor } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { network, networkCoordinator } from "~/db/schema/index.ts";
import { invalid } from "~/domain/errors.ts";
import { activeNetwork } from "~/services/common/networks.server.ts";
import { can } from "~/services/common/permissions.server.ts";

export type TipInput = { title: string; summary: string; body: string };

/**
 * Who writes tips ("tip.write"): platform admins, and coordinators (tips are shared guidance, so
 * any network's coordinator may improve a platform page; a network's own page only its
 * coordinators). The networks the actor writes for, or "all". Only networks in use count, as for
 * news (`writableNetworks`): an archived network's tip is not its coordinators' to edit any more
 * (an administrator's still), and coordinating only archived networks writes no tips.
 */
export async function tipNetworks(db: Db, user: Actor): Promise<string[] | "all"> {
  if (!user) return [];
  // Held outside any network: a platform admin.
  if (await can(db, user, "tip.write")) return "all";
  return (
    await db
      .select({ id: networkCoordinator.networkId })
      .from(networkCoordinator)
      .innerJoin(network, eq(network.id, networkCoordinator.networkId))
      .where(and(eq(networkCoordinator.userId, user.id), activeNetwork()))
  ).map((r) => r.id);
}

export function mayWriteTips(networks: string[] | "all") {
  return networks === "all" || networks.length > 0;
}

export function mayEditTip(networks: string[] | "all", tipNetworkId: string | null) {
  if (networks === "all") return true;
  if (networks.length === 0) return false;
  return tipNetworkId === null || networks.includes(tipNetworkId);
}

export function checkTip(input: TipInput) {
  if (!input.title.trim()) throw invalid("tips.error.title", "title");
  if (!input.body.trim()) throw invalid("tips.error.body", "body");
}
