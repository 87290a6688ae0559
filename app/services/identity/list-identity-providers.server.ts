import type { Actor, AppServices } from "~/context.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { providerViews } from "./helpers/provider-view.server.ts";

/** Every identity provider, for the administrator's page; never a client secret. */
export async function listIdentityProviders(services: Pick<AppServices, "db">, actor: Actor) {
  await requirePermission(services.db, actor, "identity.manage");
  return providerViews(services.db);
}
