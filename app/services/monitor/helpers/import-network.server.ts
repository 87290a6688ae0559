import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { network } from "~/db/schema/index.ts";
import { forbidden, notFound } from "~/domain/errors.ts";
import { can } from "~/services/common/permissions.server.ts";

/**
 * The network the user may import figures for: 404 for an unknown network, 403 for someone who may
 * not import. Every import use-case starts with it.
 */
export async function networkForImport(services: Pick<AppServices, "db">, actor: Actor, slug: string) {
  const [row] = await services.db.select({ id: network.id, name: network.name, slug: network.slug }).from(network).where(eq(network.slug, slug)).limit(1);
  if (!row) throw notFound("monitor.networkNotFound");
  if (!(await can(services.db, actor, "monitor.import", { networkId: row.id }))) throw forbidden();
  return row;
}
