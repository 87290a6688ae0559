import { and, eq } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import { network, organisation } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import type { WidgetOwner } from "~/domain/widgets/widget.ts";
import { activeNetwork } from "~/services/common/networks.server.ts";

export type ResolvedOwner = WidgetOwner & { id: string; name: string };

/**
 * The network or organisation a widget belongs to. An archived (or merged) network has no public
 * page, so its widget says "not found" as its page does.
 */
export async function resolveOwner(db: Db, owner: WidgetOwner): Promise<ResolvedOwner> {
  if (owner.type === "network") {
    const [row] = await db.select({ id: network.id, name: network.name, slug: network.slug }).from(network).where(and(eq(network.slug, owner.slug), activeNetwork())).limit(1);
    if (!row) throw notFound("widgets.notFound");
    return { type: "network", ...row };
  }
  const [row] = await db.select({ id: organisation.id, name: organisation.name, slug: organisation.slug }).from(organisation).where(eq(organisation.slug, owner.slug)).limit(1);
  if (!row) throw notFound("widgets.notFound");
  return { type: "organisation", ...row };
}
