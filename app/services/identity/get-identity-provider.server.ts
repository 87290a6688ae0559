import type { Actor, AppServices } from "~/context.ts";
import { notFound } from "~/domain/errors.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { providerViews } from "./helpers/provider-view.server.ts";

/** One identity provider for its edit page; never its client secret. */
export async function getIdentityProvider(services: Pick<AppServices, "db">, actor: Actor, input: { providerId: string }) {
  await requirePermission(services.db, actor, "identity.manage");
  const [view] = await providerViews(services.db, input.providerId);
  if (!view) throw notFound();
  return view;
}
