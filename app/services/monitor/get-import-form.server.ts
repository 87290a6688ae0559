import { asc } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { indicator } from "~/db/schema/index.ts";
import { networkForImport } from "./helpers/import-network.server.ts";

/**
 * The import page: the network, and every indicator the platform knows (not only those with
 * figures on this network's monitor), so a coordinator adds figures to an existing code rather
 * than inventing a second one.
 */
export async function getImportForm(services: Pick<AppServices, "db">, actor: Actor, input: { slug: string }) {
  const network = await networkForImport(services, actor, input.slug);
  const indicators = await services.db.select({ code: indicator.code, name: indicator.name, unit: indicator.unit }).from(indicator).orderBy(asc(indicator.code));
  return { network, indicators };
}
