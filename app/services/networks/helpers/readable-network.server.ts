import type { Actor } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { notFound } from "~/domain/errors.ts";
import { mayReadNetwork, networkAtAddress } from "~/services/common/networks.server.ts";

/**
 * A network's public address as the actor may open it: a merged network's address sends on to the
 * one it was merged into (`movedTo`), an archived one is for administrators only, an unknown one
 * is not found. The profile and its list of participating organisations answer alike.
 */
export async function readableNetwork(db: Db, actor: Actor, slug: string): Promise<{ id: string; slug: string; name: string; movedTo: string | null }> {
  const found = await networkAtAddress(db, slug);
  if (!found) throw notFound("networks.profile.notFound");
  if (!(await mayReadNetwork(db, actor, found))) throw notFound("networks.profile.notFound");
  return { id: found.id, slug: found.slug, name: found.name, movedTo: found.movedTo };
}
