import type { Actor, AppServices } from "~/context.ts";
import { KINDS_OF, type WidgetKind, type WidgetOwner } from "~/domain/widgets/widget.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { resolveOwner } from "./helpers/owner.server.ts";

/**
 * The snippet builder's page: whose widget it is and which kinds it may show. A network's
 * coordinators build its widgets, an organisation's members theirs; the snippet itself is made
 * from the choice alone (app/domain/widgets/widget.ts), nothing is stored.
 */
export async function getWidgetBuilder(
  services: Pick<AppServices, "db">,
  actor: Actor,
  input: { owner: WidgetOwner },
): Promise<{ owner: { type: WidgetOwner["type"]; slug: string; name: string }; kinds: readonly WidgetKind[] }> {
  const owner = await resolveOwner(services.db, input.owner);
  await requirePermission(services.db, actor, "widget.build", owner.type === "network" ? { networkId: owner.id } : { organisationId: owner.id });
  return { owner: { type: owner.type, slug: owner.slug, name: owner.name }, kinds: KINDS_OF[owner.type] };
}
