import { eq } from "drizzle-orm";
import type { Actor } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { networkCoordinator } from "~/db/schema/index.ts";
import { invalid } from "~/domain/errors.ts";
import { can } from "~/services/common/permissions.server.ts";

export type TipInput = { title: string; summary: string; body: string };

/**
 * Who writes tips ("tip.write"): platform admins, and coordinators (tips are shared guidance, so
 * any network's coordinator may improve a platform page; a network's own page only its
 * coordinators). The networks the actor writes for, or "all".
 */
export async function tipNetworks(db: Db, user: Actor): Promise<string[] | "all"> {
  if (!user) return [];
  // Held outside any network: a platform admin.
  if (await can(db, user, "tip.write")) return "all";
  return (await db.select({ id: networkCoordinator.networkId }).from(networkCoordinator).where(eq(networkCoordinator.userId, user.id))).map((r) => r.id);
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
