import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { network } from "~/db/schema/index.ts";
import { forbidden, notFound } from "~/domain/errors.ts";
import { can } from "~/services/common/permissions.server.ts";

/**
 * The network whose organisations the actor may import and whose invitations they follow: 404 for
 * an unknown network, 403 for anyone but its coordinators (and a platform administrator).
 */
export async function networkForOnboarding(services: Pick<AppServices, "db">, actor: Actor, slug: string) {
  const [row] = await services.db.select({ id: network.id, name: network.name, slug: network.slug }).from(network).where(eq(network.slug, slug)).limit(1);
  if (!row) throw notFound();
  if (!(await can(services.db, actor, "onboarding.import", { networkId: row.id }))) throw forbidden();
  return row;
}
